import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const LESSON_OBSERVATION_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./observation-list').then((m) => m.ObservationList), title: 'Menu:LessonObservations' },
  {
    path: 'forms',
    canMatch: [permissionGuard],
    data: { permission: Permissions.LessonObservationsManageForms },
    loadComponent: () => import('./observation-forms').then((m) => m.ObservationForms),
    title: 'UI:Obs.Forms.Title',
  },
  { path: 'new', loadComponent: () => import('./observation-edit').then((m) => m.ObservationEdit), title: 'UI:Obs.New' },
  { path: ':id/edit', loadComponent: () => import('./observation-edit').then((m) => m.ObservationEdit), title: 'UI:Obs.Edit' },
  { path: ':id', loadComponent: () => import('./observation-view').then((m) => m.ObservationView), title: 'Menu:LessonObservations' },
];
