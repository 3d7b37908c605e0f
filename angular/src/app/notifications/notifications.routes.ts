import { Routes } from '@angular/router';

import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/config/permissions';

export const NOTIFICATION_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./notification-list').then((m) => m.NotificationList), title: 'Menu:Notifications' },
  {
    path: 'school-settings',
    canMatch: [permissionGuard],
    data: { permission: Permissions.NotificationsSchoolDefaults },
    loadComponent: () => import('./school-notification-settings').then((m) => m.SchoolNotificationSettings),
    title: 'UI:Notif.SchoolSettingsTitle',
  },
];
