import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const STAFF_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./staff-list').then((m) => m.StaffList), title: 'Menu:Staff' },
  {
    path: 'new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.StaffCreate },
    loadComponent: () => import('./staff-edit').then((m) => m.StaffEdit),
    title: 'UI:Staff.Add',
  },
  {
    path: 'import',
    canMatch: [permissionGuard],
    data: { permission: Permissions.StaffImport },
    loadComponent: () => import('./staff-import').then((m) => m.StaffImport),
    title: 'UI:Staff.Import',
  },
  { path: ':id', loadComponent: () => import('./staff-edit').then((m) => m.StaffEdit), title: 'UI:Staff.Member' },
];
