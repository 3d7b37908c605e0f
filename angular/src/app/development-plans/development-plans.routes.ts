import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

const templates = { canMatch: [permissionGuard], data: { permission: Permissions.DevelopmentPlansTemplates } };

export const DEVELOPMENT_PLAN_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./plan-list').then((m) => m.PlanList), title: 'Menu:DevelopmentPlans' },
  { path: 'templates', ...templates, loadComponent: () => import('./plan-template-list').then((m) => m.PlanTemplateList), title: 'UI:PlanTemplates.Title' },
  { path: 'templates/new', ...templates, loadComponent: () => import('./plan-template-form').then((m) => m.PlanTemplateForm), title: 'UI:PlanTemplates.New' },
  { path: 'templates/:id', ...templates, loadComponent: () => import('./plan-template-form').then((m) => m.PlanTemplateForm), title: 'UI:PlanTemplates.EditTitle' },
  { path: ':id', loadComponent: () => import('./plan-detail').then((m) => m.PlanDetail), title: 'UI:Plans.Plan' },
];
