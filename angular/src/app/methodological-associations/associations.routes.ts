import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const ASSOCIATION_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./association-list').then((m) => m.AssociationList), title: 'Menu:MethodologicalAssociations' },
  {
    path: 'new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.MethodologicalAssociationsManage },
    loadComponent: () => import('./association-detail').then((m) => m.AssociationDetail),
    title: 'UI:Associations.Add',
  },
  { path: ':id', loadComponent: () => import('./association-detail').then((m) => m.AssociationDetail), title: 'UI:Associations.Association' },
];
