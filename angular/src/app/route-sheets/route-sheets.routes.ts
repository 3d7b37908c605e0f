import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const ROUTE_SHEET_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./route-sheet-list').then((m) => m.RouteSheetList), title: 'Menu:RouteSheets' },
  {
    path: 'templates',
    canMatch: [permissionGuard],
    data: { permission: Permissions.RouteSheetsTemplates },
    loadComponent: () => import('./template-list').then((m) => m.RouteSheetTemplateList),
    title: 'UI:RouteSheets.Templates',
  },
  {
    path: 'templates/:id',
    canMatch: [permissionGuard],
    data: { permission: Permissions.RouteSheetsTemplates },
    loadComponent: () => import('./template-edit').then((m) => m.RouteSheetTemplateEdit),
    title: 'UI:RouteSheets.TemplateEdit',
  },
  { path: ':id', loadComponent: () => import('./route-sheet-detail').then((m) => m.RouteSheetDetail), title: 'UI:RouteSheets.Sheet' },
];
