import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { AppConfigService } from '../../core/config/app-config.service';
import { Permissions } from '../../core/config/permissions';
import { TPipe } from '../../core/i18n/t.pipe';

interface Action {
  key: string;
  icon: string;
  route: string;
  permission: string;
  /** Only on the host (true), only in a school (false), or both. */
  host?: boolean;
}

const ACTIONS: Action[] = [
  { key: 'UI:Staff.Add', icon: 'person_add', route: '/staff/new', permission: Permissions.StaffCreate, host: false },
  { key: 'UI:Staff.Import', icon: 'upload_file', route: '/staff/import', permission: Permissions.StaffImport, host: false },
  { key: 'UI:Associations.Add', icon: 'group_add', route: '/methodological-associations/new', permission: Permissions.MethodologicalAssociationsManage, host: false },
  { key: 'UI:Schools.Add', icon: 'add_business', route: '/host/schools/new', permission: Permissions.SchoolsCreate, host: true },
  { key: 'UI:Notif.SchoolSettingsTitle', icon: 'notifications_active', route: '/notifications/school-settings', permission: Permissions.NotificationsSchoolDefaults, host: false },
  { key: 'Menu:AuditLogs', icon: 'history', route: '/audit-logs', permission: Permissions.AuditLogs },
];

@Component({
  selector: 'app-quick-actions-widget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, MatButtonModule, RouterLink, TPipe],
  template: `
    @if (actions().length) {
      <mat-card appearance="outlined" class="widget">
        <mat-card-header>
          <mat-icon mat-card-avatar class="widget__icon" aria-hidden="true">bolt</mat-icon>
          <mat-card-title><h2 class="widget__title">{{ 'UI:Home.QuickActions' | t }}</h2></mat-card-title>
        </mat-card-header>
        <mat-card-content>
          <ul class="action-list">
            @for (a of actions(); track a.route) {
              <li>
                <a mat-stroked-button [routerLink]="a.route"><mat-icon aria-hidden="true">{{ a.icon }}</mat-icon>{{ a.key | t }}</a>
              </li>
            }
          </ul>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .action-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .action-list a { width: 100%; justify-content: flex-start; }
  `,
})
export class QuickActionsWidget {
  private readonly config = inject(AppConfigService);
  protected readonly actions = computed(() =>
    ACTIONS.filter((a) => a.host === undefined || a.host === this.config.isHost()).filter((a) => this.config.isGranted(a.permission)),
  );
}
