import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const MENTORING_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./mentoring-home').then((m) => m.MentoringHome), title: 'Menu:Mentoring' },
  {
    path: 'overview',
    canMatch: [permissionGuard],
    data: { permission: Permissions.MentoringViewAll },
    loadComponent: () => import('./mentoring-overview').then((m) => m.MentoringOverview),
    title: 'UI:Mentoring.OverviewTitle',
  },
  {
    path: 'settings',
    canMatch: [permissionGuard],
    data: { permission: Permissions.MentoringSettings },
    loadComponent: () => import('./mentoring-settings').then((m) => m.MentoringSettings),
    title: 'UI:Mentoring.SettingsTitle',
  },
  { path: 'meetings', loadComponent: () => import('./meeting-list').then((m) => m.MeetingList), title: 'UI:Mentoring.MeetingsTitle' },
  { path: 'meetings/new', loadComponent: () => import('./meeting-form').then((m) => m.MeetingForm), title: 'UI:Mentoring.ScheduleTitle' },
  { path: 'meetings/:id/edit', loadComponent: () => import('./meeting-form').then((m) => m.MeetingForm), title: 'UI:Mentoring.EditSchedule' },
  { path: 'meetings/:id', loadComponent: () => import('./meeting-page').then((m) => m.MeetingPage), title: 'UI:Mentoring.Meeting' },
  {
    path: 'cards',
    canMatch: [permissionGuard],
    data: { permission: Permissions.MentoringPlans },
    children: [
      { path: '', loadComponent: () => import('./cards-list').then((m) => m.CardsList), title: 'UI:Mentoring.CardsTitle' },
      { path: 'new', loadComponent: () => import('./card-page').then((m) => m.CardPage), title: 'UI:Mentoring.CardTitle' },
      { path: ':id', loadComponent: () => import('./card-page').then((m) => m.CardPage), title: 'UI:Mentoring.CardTitle' },
    ],
  },
  {
    path: 'year-plans',
    canMatch: [permissionGuard],
    data: { permission: Permissions.MentoringPlans },
    children: [
      { path: '', loadComponent: () => import('./year-plan-list').then((m) => m.YearPlanList), title: 'UI:Mentoring.YearPlans' },
      { path: ':id', loadComponent: () => import('./year-plan-page').then((m) => m.YearPlanPage), title: 'UI:Mentoring.YearPlanTitle' },
    ],
  },
];
