import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const COURSES_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./courses-home').then((m) => m.CoursesHome), title: 'Menu:Courses' },
  { path: 'record', loadComponent: () => import('./record-form').then((m) => m.RecordForm), title: 'UI:Courses.RecordTitle' },
  {
    path: 'records/:id/assess',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CoursesManage },
    loadComponent: () => import('./assess-form').then((m) => m.AssessForm),
    title: 'UI:Courses.AssessTitle',
  },
  {
    path: 'clock/:staffMemberId',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CoursesViewAll },
    loadComponent: () => import('./staff-clock-page').then((m) => m.StaffClockPage),
    title: 'UI:Courses.StaffClockTitle',
  },
  { path: 'records/:id', loadComponent: () => import('./record-page').then((m) => m.RecordPage), title: 'UI:Courses.RecordPageTitle' },
  { path: 'programmes', loadComponent: () => import('./programme-list').then((m) => m.ProgrammeList), title: 'UI:Courses.ProgrammesTitle' },
  {
    path: 'programmes/new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CoursesManage },
    loadComponent: () => import('./programme-form').then((m) => m.ProgrammeForm),
    title: 'UI:Courses.NewProgramme',
  },
  {
    path: 'programmes/:id/edit',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CoursesManage },
    loadComponent: () => import('./programme-form').then((m) => m.ProgrammeForm),
    title: 'UI:Courses.EditProgramme',
  },
  {
    path: 'programmes/:id/schemes/new',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CoursesManage },
    loadComponent: () => import('./scheme-form').then((m) => m.SchemeForm),
    title: 'UI:Courses.NewScheme',
  },
  { path: 'programmes/:id', loadComponent: () => import('./programme-page').then((m) => m.ProgrammePage), title: 'UI:Courses.ProgrammeTitle' },
  { path: 'plans', loadComponent: () => import('./plan-list').then((m) => m.PlanList), title: 'UI:Courses.PlansTitle' },
  { path: 'plans/new', loadComponent: () => import('./plan-page').then((m) => m.PlanPage), title: 'UI:Courses.PlanTitle' },
  { path: 'plans/:id', loadComponent: () => import('./plan-page').then((m) => m.PlanPage), title: 'UI:Courses.PlanTitle' },
  {
    path: 'school',
    canMatch: [permissionGuard],
    data: { permission: Permissions.CoursesViewAll },
    loadComponent: () => import('./school-view').then((m) => m.SchoolView),
    title: 'UI:Courses.SchoolTitle',
  },
];
