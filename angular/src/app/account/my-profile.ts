import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { MyProfileDto } from '../api/models';
import { AccountService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { CultureSwitchService } from '../core/i18n/culture-switch.service';
import { Culture } from '../core/i18n/culture';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { emptyToNull } from '../shared/format';
import { PageHeader } from '../shared/page-header';
import { NotificationPreferences } from '../notifications/notification-preferences';
import { ChangePasswordForm } from './change-password-form';

/** `/account/profile`: the signed-in person's contacts and language (the name comes from the staff registry), and their password. */
@Component({
  selector: 'app-my-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    RouterLink, TPipe, KDatePipe, FieldError, FormBanner, DraftBanner, PageHeader, ChangePasswordForm, NotificationPreferences,
  ],
  template: `
    <app-page-header [title]="'UI:Profile.Title' | t" [subtitle]="'UI:Profile.Subtitle' | t" />
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <app-draft-banner [visible]="draft.restored()" (discard)="discard()" />
    <form class="surface form-panel" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="profile-form">
      <app-form-banner [messages]="errors()" />
      @if (profile(); as p) {
        <dl class="facts">
          <div><dt>{{ 'DisplayName:FullName' | t }}</dt><dd data-testid="profile-name">{{ p.fullName }}</dd></div>
          <div><dt>{{ 'DisplayName:UserName' | t }}</dt><dd>{{ p.userName }}</dd></div>
          @if (p.lastSignInAt) {
            <div><dt>{{ 'UI:Users.LastSignIn' | t }}</dt><dd>{{ p.lastSignInAt | kDate: true }}</dd></div>
          }
        </dl>
        <p class="hint">{{ 'UI:Profile.NameHint' | t }}</p>
      }
      <div class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'DisplayName:Email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" data-testid="profile-email" />
          <mat-error><app-field-error [control]="form.controls.email" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'DisplayName:Phone' | t }}</mat-label>
          <input matInput type="tel" formControlName="phone" autocomplete="tel" data-testid="profile-phone" />
          <mat-error><app-field-error [control]="form.controls.phone" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Profile.Language' | t }}</mat-label>
          <mat-select formControlName="preferredCulture" data-testid="profile-culture">
            <mat-option value="kk">Қазақша</mat-option>
            <mat-option value="ru">Русский</mat-option>
            <mat-option value="en">English</mat-option>
          </mat-select>
        </mat-form-field>
      </div>
      <div class="form-actions">
        <button mat-flat-button type="submit" [disabled]="saving() || !profile()" data-testid="profile-save">{{ 'UI:Save' | t }}</button>
      </div>
    </form>

    <section class="surface form-panel password-panel" [attr.aria-labelledby]="'pw-title'">
      <h2 id="pw-title" class="form-section__title">{{ 'UI:Password.Change' | t }}</h2>
      <p class="hint">{{ 'UI:Password.ChangeHint' | t }}</p>
      <app-change-password-form (changed)="passwordChanged()" />
    </section>

    @if (canNotifications()) {
      <section class="surface form-panel prefs-panel" id="notification-settings" aria-labelledby="notif-title" data-testid="profile-notifications">
        <h2 id="notif-title" class="form-section__title" tabindex="-1">{{ 'UI:Notif.PreferencesTitle' | t }}</h2>
        <p class="hint">{{ 'UI:Notif.PreferencesHint' | t }}</p>
        @if (canSchoolDefaults()) {
          <p class="hint">
            <a routerLink="/notifications/school-settings" data-testid="profile-school-defaults">{{ 'UI:Notif.SchoolSettingsLink' | t }}</a>
          </p>
        }
        <app-notification-preferences mode="mine" [hasEmail]="profile() ? !!profile()?.email : null" />
      </section>
    }
  `,
  styles: `
    .facts { display: flex; flex-wrap: wrap; gap: 8px 32px; margin: 0 0 4px; }
    .facts dt { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; font: var(--mat-sys-body-large); }
    .hint { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); margin: 0 0 16px; }
    .password-panel, .prefs-panel { margin-top: 20px; }
    .prefs-panel h2 { outline: none; }
  `,
})
export class MyProfile {
  private readonly account = inject(AccountService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly cultures = inject(CultureSwitchService);

  protected readonly form = inject(FormBuilder).group({
    email: [null as string | null, [Validators.email, Validators.maxLength(256)]],
    phone: [null as string | null, Validators.maxLength(32)],
    preferredCulture: ['ru' as string],
  });
  protected readonly draft = inject(DraftService).track('my-profile', this.form, { restoreNow: false });
  protected readonly profile = signal<MyProfileDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** Notification settings: every school user (the platform operator gets none). */
  protected readonly canNotifications = computed(() => !this.config.isHost() && this.config.isGranted(Permissions.Notifications));
  protected readonly canSchoolDefaults = computed(() => this.config.isGranted(Permissions.NotificationsSchoolDefaults));

  constructor() {
    void this.load();
    // `/account/profile#notification-settings` (the bell's and the notifications page's "Settings"): go to that section.
    const route = inject(ActivatedRoute);
    const document = inject(DOCUMENT);
    route.fragment.pipe(takeUntilDestroyed()).subscribe((fragment) => {
      if (fragment !== 'notification-settings') return;
      setTimeout(() => {
        const section = document.getElementById('notification-settings');
        section?.scrollIntoView({ block: 'start' });
        (section?.querySelector('h2') as HTMLElement | null)?.focus({ preventScroll: true });
      }, 200);
    });
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const p = await firstValueFrom(this.account.getMyProfile(undefined, handlesErrors()));
      this.profile.set(p);
      this.form.reset({ email: p.email ?? null, phone: p.phone ?? null, preferredCulture: p.preferredCulture ?? this.l.culture() });
      this.draft.restore();
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected async discard(): Promise<void> {
    this.draft.clear();
    await this.load();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.errors.set([]);
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const body = { email: emptyToNull(v.email), phone: emptyToNull(v.phone), preferredCulture: v.preferredCulture ?? null };
      const saved = await firstValueFrom(this.account.updateMyProfile({ body }, handlesErrors()));
      this.draft.clear();
      if (saved && typeof saved === 'object') this.profile.set(saved as MyProfileDto);
      if (v.preferredCulture && v.preferredCulture !== this.l.culture()) await this.cultures.switchTo(v.preferredCulture as Culture);
      else await this.config.load();
      this.notify.success(this.l.t('UI:SavedChanges'));
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, { 'Users:DuplicateEmail': 'email' });
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.saving.set(false);
    }
  }

  protected passwordChanged(): void {
    this.notify.success(this.l.t('UI:Password.Changed'));
  }
}
