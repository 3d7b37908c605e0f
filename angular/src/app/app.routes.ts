import { Routes } from '@angular/router';

import { anonymousGuard, authGuard, firstPasswordGuard, permissionGuard } from './core/auth/guards';
import { Permissions } from './core/config/permissions';
import { Shell } from './core/layout/shell';
import { ForbiddenPage, NotFoundPage } from './shared/not-found';

/**
 * Every module is a lazy route set under the shell. A later module adds one entry here
 * (`{ path: 'individual-plans', canMatch: [permissionGuard], data: {...}, loadChildren: ... }`) plus its menu items.
 */
export const routes: Routes = [
  { path: 'login', canActivate: [anonymousGuard], loadComponent: () => import('./account/login').then((m) => m.Login), title: 'UI:SignIn' },
  // The accounts handout prints <public url>/account/login.
  { path: 'account/login', redirectTo: 'login' },
  {
    path: 'account/forgot-password',
    loadComponent: () => import('./account/forgot-password').then((m) => m.ForgotPassword),
    title: 'UI:Forgot.Title',
  },
  {
    path: 'account/reset-password',
    data: { mode: 'reset' },
    loadComponent: () => import('./account/set-password').then((m) => m.SetPassword),
    title: 'UI:SetPassword.ResetTitle',
  },
  {
    path: 'account/accept-invitation',
    data: { mode: 'invite' },
    loadComponent: () => import('./account/set-password').then((m) => m.SetPassword),
    title: 'UI:SetPassword.InviteTitle',
  },
  // The public check of a certificate (its QR code opens it): no sign-in.
  {
    path: 'verify/:token',
    loadComponent: () => import('./courses/certificate-verify').then((m) => m.CertificateVerify),
    title: 'UI:Courses.VerifyTitle',
  },
  {
    path: 'account/first-password',
    canActivate: [firstPasswordGuard],
    loadComponent: () => import('./account/first-password').then((m) => m.FirstPassword),
    title: 'UI:Password.FirstTitle',
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./home/home').then((m) => m.Home), title: 'Menu:Home' },
      {
        path: 'my-work',
        canMatch: [permissionGuard],
        data: { permission: Permissions.MyWork },
        loadChildren: () => import('./my-work/my-work.routes').then((m) => m.MY_WORK_ROUTES),
      },
      {
        path: 'notifications',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Notifications },
        loadChildren: () => import('./notifications/notifications.routes').then((m) => m.NOTIFICATION_ROUTES),
      },
      {
        path: 'staff',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Staff },
        loadChildren: () => import('./staff/staff.routes').then((m) => m.STAFF_ROUTES),
      },
      {
        path: 'school-profile',
        canMatch: [permissionGuard],
        data: { permission: Permissions.SchoolProfile },
        loadComponent: () => import('./school-profile/school-profile').then((m) => m.SchoolProfile),
        title: 'Menu:SchoolProfile',
      },
      {
        path: 'methodological-associations',
        canMatch: [permissionGuard],
        data: { permission: Permissions.MethodologicalAssociations },
        loadChildren: () => import('./methodological-associations/associations.routes').then((m) => m.ASSOCIATION_ROUTES),
      },
      {
        path: 'host',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Schools },
        loadChildren: () => import('./host/host.routes').then((m) => m.HOST_ROUTES),
      },
      {
        path: 'audit-logs',
        canMatch: [permissionGuard],
        data: { permission: Permissions.AuditLogs },
        loadChildren: () => import('./audit-logs/audit-logs.routes').then((m) => m.AUDIT_LOG_ROUTES),
      },
      {
        path: 'document-templates',
        canMatch: [permissionGuard],
        data: { permission: Permissions.DocumentTemplates },
        loadChildren: () => import('./document-templates/document-templates.routes').then((m) => m.DOCUMENT_TEMPLATE_ROUTES),
      },
      {
        path: 'route-sheets',
        canMatch: [permissionGuard],
        data: { permission: Permissions.RouteSheets },
        loadChildren: () => import('./route-sheets/route-sheets.routes').then((m) => m.ROUTE_SHEET_ROUTES),
      },
      {
        path: 'lesson-observations',
        canMatch: [permissionGuard],
        data: { permission: Permissions.LessonObservations },
        loadChildren: () => import('./lesson-observations/lesson-observations.routes').then((m) => m.LESSON_OBSERVATION_ROUTES),
      },
      {
        path: 'development-plans',
        canMatch: [permissionGuard],
        data: { permission: Permissions.DevelopmentPlans },
        loadChildren: () => import('./development-plans/development-plans.routes').then((m) => m.DEVELOPMENT_PLAN_ROUTES),
      },
      {
        path: 'growth-cycles',
        canMatch: [permissionGuard],
        data: { permission: Permissions.GrowthCycles },
        loadChildren: () => import('./growth-cycles/growth-cycles.routes').then((m) => m.GROWTH_CYCLE_ROUTES),
      },
      {
        path: 'indicators',
        canMatch: [permissionGuard],
        data: { permission: Permissions.SchoolIndicators },
        loadComponent: () => import('./indicators/school-indicators-page').then((m) => m.SchoolIndicatorsPage),
        title: 'UI:Indicators.PageTitle',
      },
      {
        path: 'mentoring',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Mentoring },
        loadChildren: () => import('./mentoring/mentoring.routes').then((m) => m.MENTORING_ROUTES),
      },
      {
        path: 'action-research',
        canMatch: [permissionGuard],
        data: { permission: Permissions.ActionResearch },
        loadChildren: () => import('./action-research/action-research.routes').then((m) => m.ACTION_RESEARCH_ROUTES),
      },
      {
        path: 'development-events',
        canMatch: [permissionGuard],
        data: { permission: Permissions.DevelopmentEvents },
        loadChildren: () => import('./development-events/development-events.routes').then((m) => m.DEVELOPMENT_EVENT_ROUTES),
      },
      {
        path: 'lesson-study',
        canMatch: [permissionGuard],
        data: { permission: Permissions.LessonStudy },
        loadChildren: () => import('./lesson-study/lesson-study.routes').then((m) => m.LESSON_STUDY_ROUTES),
      },
      {
        path: 'courses',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Courses },
        loadChildren: () => import('./courses/courses.routes').then((m) => m.COURSES_ROUTES),
      },
      {
        path: 'account/profile',
        loadComponent: () => import('./account/my-profile').then((m) => m.MyProfile),
        title: 'UI:Profile.Title',
      },
      {
        path: 'account/two-factor',
        loadComponent: () => import('./account/two-factor').then((m) => m.TwoFactor),
        title: 'UI:TwoFactor.Title',
      },
      {
        path: 'users',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Users },
        loadComponent: () => import('./users/user-list').then((m) => m.UserList),
        title: 'Menu:Users',
      },
      {
        path: 'roles',
        canMatch: [permissionGuard],
        data: { permission: Permissions.Roles },
        loadComponent: () => import('./users/role-list').then((m) => m.RoleList),
        title: 'Menu:Roles',
      },
      { path: 'forbidden', component: ForbiddenPage, title: 'UI:Forbidden.Title' },
      { path: '**', component: NotFoundPage, title: 'UI:NotFound.Title' },
    ],
  },
];
