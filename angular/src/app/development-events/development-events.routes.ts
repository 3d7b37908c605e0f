import { Routes } from '@angular/router';

export const DEVELOPMENT_EVENT_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./event-list').then((m) => m.EventList), title: 'Menu:DevelopmentEvents' },
  { path: 'new', loadComponent: () => import('./event-form').then((m) => m.EventForm), title: 'UI:Events.NewTitle' },
  { path: ':id/edit', loadComponent: () => import('./event-form').then((m) => m.EventForm), title: 'UI:Events.EditTitle' },
  { path: ':id', loadComponent: () => import('./event-page').then((m) => m.EventPage), title: 'UI:Events.EventTitle' },
];
