import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const HOST_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'schools' },
  { path: 'schools', loadComponent: () => import('./school-list').then((m) => m.SchoolList), title: 'Menu:Schools' },
  {
    path: 'schools/new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.SchoolsCreate },
    loadComponent: () => import('./school-create').then((m) => m.SchoolCreate),
    title: 'UI:Schools.Add',
  },
];
