import { Routes } from '@angular/router';

import { Permissions } from '../core/config/permissions';
import { permissionGuard } from '../core/auth/guards';

export const GROWTH_CYCLE_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./cycle-list').then((m) => m.CycleList), title: 'Menu:GrowthCycles' },
  { path: 'open', loadComponent: () => import('./cycle-open').then((m) => m.CycleOpen), title: 'UI:Growth.OpenTitle' },
  {
    path: 'settings',
    canMatch: [permissionGuard],
    data: { permission: Permissions.GrowthCyclesSettings },
    loadComponent: () => import('./cycle-settings').then((m) => m.CycleSettings),
    title: 'UI:Growth.SettingsTitle',
  },
  { path: ':id', loadComponent: () => import('./cycle-detail').then((m) => m.CycleDetail), title: 'UI:Growth.Cycle' },
];
