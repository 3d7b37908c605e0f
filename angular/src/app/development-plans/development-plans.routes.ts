import { Routes } from '@angular/router';

export const DEVELOPMENT_PLAN_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./plan-list').then((m) => m.PlanList), title: 'Menu:DevelopmentPlans' },
  { path: ':id', loadComponent: () => import('./plan-detail').then((m) => m.PlanDetail), title: 'UI:Plans.Plan' },
];
