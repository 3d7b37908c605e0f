import { Routes } from '@angular/router';

export const ACTION_RESEARCH_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./project-list').then((m) => m.ProjectList), title: 'Menu:ActionResearch' },
  { path: 'new', loadComponent: () => import('./project-form').then((m) => m.ProjectForm), title: 'UI:ActionResearch.NewTitle' },
  { path: ':id/edit', loadComponent: () => import('./project-form').then((m) => m.ProjectForm), title: 'UI:ActionResearch.EditTitle' },
  { path: ':id', loadComponent: () => import('./project-page').then((m) => m.ProjectPage), title: 'UI:ActionResearch.ProjectTitle' },
];
