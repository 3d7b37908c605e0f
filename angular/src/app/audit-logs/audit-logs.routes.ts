import { Routes } from '@angular/router';

export const AUDIT_LOG_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./audit-log-list').then((m) => m.AuditLogList), title: 'Menu:AuditLogs' },
];
