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
  {
    path: 'course-programmes',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogue },
    loadComponent: () => import('../courses/host-programme-list').then((m) => m.HostProgrammeList),
    title: 'Menu:CourseCatalogue',
  },
  {
    path: 'course-programmes/:id/lifecycle',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogue },
    loadComponent: () => import('../courses/programme-lifecycle').then((m) => m.ProgrammeLifecyclePage),
    title: 'UI:Courses.LifecycleTitle',
  },
];
