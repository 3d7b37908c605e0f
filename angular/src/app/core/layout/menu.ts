import { InjectionToken, Provider } from '@angular/core';

import { Permissions } from '../config/permissions';

/** One entry of the side menu. Shown only when every listed permission is granted. */
export interface MenuItem {
  /** Localization key of the label (`Menu:*`). */
  key: string;
  route: string;
  icon: string;
  permissions?: string[];
  /** Only for users signed in to a school (true) or only for the host (false); both when undefined. */
  tenant?: boolean;
  /** Lower comes first. */
  order: number;
  /** Match the route exactly (for '/'). */
  exact?: boolean;
}

/** Each module adds its entries with `provideMenuItems(...)` in app.config.ts. */
export const MENU_ITEMS = new InjectionToken<MenuItem[][]>('MENU_ITEMS');

export function provideMenuItems(items: MenuItem[]): Provider {
  return { provide: MENU_ITEMS, useValue: items, multi: true };
}

/** The foundation's own menu. */
export const CORE_MENU: MenuItem[] = [
  { key: 'Menu:Home', route: '/', icon: 'home', order: 0, exact: true },
  { key: 'Menu:MyWork', route: '/my-work', icon: 'checklist', permissions: [Permissions.MyWork], tenant: true, order: 5 },
  { key: 'Menu:Notifications', route: '/notifications', icon: 'notifications', permissions: [Permissions.Notifications], tenant: true, order: 6, exact: true },
  { key: 'Menu:Staff', route: '/staff', icon: 'groups', permissions: [Permissions.Staff], tenant: true, order: 100, exact: true },
  { key: 'Menu:StaffImport', route: '/staff/import', icon: 'upload_file', permissions: [Permissions.StaffImport], tenant: true, order: 110 },
  {
    key: 'Menu:MethodologicalAssociations',
    route: '/methodological-associations',
    icon: 'diversity_3',
    permissions: [Permissions.MethodologicalAssociations],
    tenant: true,
    order: 120,
  },
  { key: 'Menu:GrowthCycles', route: '/growth-cycles', icon: 'autorenew', permissions: [Permissions.GrowthCycles], tenant: true, order: 150 },
  { key: 'Menu:Mentoring', route: '/mentoring', icon: 'handshake', permissions: [Permissions.Mentoring], tenant: true, order: 160, exact: true },
  {
    key: 'Menu:MentoringOverview',
    route: '/mentoring/overview',
    icon: 'diversity_1',
    permissions: [Permissions.MentoringViewAll],
    tenant: true,
    order: 165,
  },
  { key: 'Menu:Indicators', route: '/indicators', icon: 'insights', permissions: [Permissions.SchoolIndicators], tenant: true, order: 700 },
  { key: 'Menu:ActionResearch', route: '/action-research', icon: 'science', permissions: [Permissions.ActionResearch], tenant: true, order: 170 },
  { key: 'Menu:DevelopmentEvents', route: '/development-events', icon: 'event', permissions: [Permissions.DevelopmentEvents], tenant: true, order: 175 },
  { key: 'Menu:LessonStudy', route: '/lesson-study', icon: 'groups', permissions: [Permissions.LessonStudy], tenant: true, order: 168 },
  { key: 'Menu:Courses', route: '/courses', icon: 'school', permissions: [Permissions.Courses], tenant: true, order: 180 },
  { key: 'Menu:RouteSheets', route: '/route-sheets', icon: 'route', permissions: [Permissions.RouteSheets], tenant: true, order: 220 },
  {
    key: 'Menu:LessonObservations',
    route: '/lesson-observations',
    icon: 'visibility',
    permissions: [Permissions.LessonObservations],
    tenant: true,
    order: 300,
  },
  {
    key: 'Menu:DevelopmentPlans',
    route: '/development-plans',
    icon: 'assignment',
    permissions: [Permissions.DevelopmentPlans],
    tenant: true,
    order: 200,
  },
  { key: 'Menu:Schools', route: '/host/schools', icon: 'apartment', permissions: [Permissions.Schools], tenant: false, order: 100 },
  { key: 'Menu:CourseCatalogue', route: '/host/course-programmes', icon: 'menu_book', permissions: [Permissions.CourseCatalogue], tenant: false, order: 110 },
  { key: 'Menu:WorkingCalendar', route: '/host/public-holidays', icon: 'event', permissions: [Permissions.CourseCatalogue], tenant: false, order: 120 },
  { key: 'Menu:DocumentTemplates', route: '/document-templates', icon: 'description', permissions: [Permissions.DocumentTemplates], tenant: true, order: 880 },
  { key: 'Menu:SchoolProfile', route: '/school-profile', icon: 'domain', permissions: [Permissions.SchoolProfile], tenant: true, order: 850 },
  { key: 'Menu:Users', route: '/users', icon: 'manage_accounts', permissions: [Permissions.Users], tenant: true, order: 860 },
  { key: 'Menu:Roles', route: '/roles', icon: 'admin_panel_settings', permissions: [Permissions.Roles], tenant: true, order: 870 },
  { key: 'Menu:AuditLogs', route: '/audit-logs', icon: 'history', permissions: [Permissions.AuditLogs], order: 900 },
];
