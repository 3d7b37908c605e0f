import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { TPipe } from '../core/i18n/t.pipe';
import { MyWorkSettingsForm } from '../my-work/my-work-settings-form';
import { PageHeader } from '../shared/page-header';
import { NotificationPreferences } from './notification-preferences';

/**
 * `/notifications/school-settings` (director): the school's default channels per kind of notification, for everyone who has
 * not chosen their own, and the due-date rules that make items "due soon" or "overdue".
 */
@Component({
  selector: 'app-school-notification-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RouterLink, TPipe, PageHeader, NotificationPreferences, MyWorkSettingsForm],
  template: `
    <nav class="breadcrumb"><a routerLink="/notifications">{{ 'Menu:Notifications' | t }}</a></nav>
    <app-page-header [title]="'UI:Notif.SchoolSettingsTitle' | t" [subtitle]="'UI:Notif.SchoolSettingsSubtitle' | t" />
    <section class="surface form-panel" aria-labelledby="school-defaults-title" data-testid="school-defaults">
      <h2 id="school-defaults-title" class="form-section__title">{{ 'UI:Notif.SchoolDefaultsTitle' | t }}</h2>
      <p class="hint">{{ 'UI:Notif.SchoolDefaultsHint' | t }}</p>
      <app-notification-preferences mode="school" />
    </section>
    @if (canRules()) {
      <section class="surface form-panel rules" aria-labelledby="due-rules-title" data-testid="due-rules">
        <h2 id="due-rules-title" class="form-section__title">{{ 'UI:MyWork.RulesTitle' | t }}</h2>
        <p class="hint">{{ 'UI:MyWork.RulesHint' | t }}</p>
        <app-my-work-settings-form />
      </section>
    }
  `,
  styles: `
    .hint { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); margin: 0 0 16px; }
    .rules { margin-top: 20px; }
  `,
})
export class SchoolNotificationSettings {
  private readonly config = inject(AppConfigService);
  protected readonly canRules = computed(() => this.config.isGranted(Permissions.MyWorkSettings));
}
