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
    path: 'course-programmes/new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogueManage, side: 'host' },
    loadComponent: () => import('../courses/programme-form').then((m) => m.ProgrammeForm),
    title: 'UI:Courses.NewHostProgramme',
  },
  {
    path: 'course-programmes/:id/edit',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogueManage, side: 'host' },
    loadComponent: () => import('../courses/programme-form').then((m) => m.ProgrammeForm),
    title: 'UI:Courses.EditProgramme',
  },
  {
    path: 'course-programmes/:id/schemes/new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogueManage, side: 'host' },
    loadComponent: () => import('../courses/scheme-form').then((m) => m.SchemeForm),
    title: 'UI:Courses.NewScheme',
  },
  {
    path: 'public-holidays',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogue },
    loadComponent: () => import('../courses/holiday-calendar').then((m) => m.HolidayCalendar),
    title: 'Menu:WorkingCalendar',
  },
  {
    path: 'course-programmes/:id/lifecycle',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CourseCatalogue },
    loadComponent: () => import('../courses/programme-lifecycle').then((m) => m.ProgrammeLifecyclePage),
    title: 'UI:Courses.LifecycleTitle',
  },
];
