import { Routes } from '@angular/router';

export const MY_WORK_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./my-work-list').then((m) => m.MyWorkList), title: 'Menu:MyWork' },
];
