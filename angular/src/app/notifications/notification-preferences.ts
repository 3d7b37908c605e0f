import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Observable, firstValueFrom } from 'rxjs';

import { NotificationEmailMode, NotificationPreferenceDto, NotificationPreferenceInput, NotificationPreferencesDto } from '../api/models';
import { NOTIFICATION_EMAIL_MODE } from '../api/models/notification-email-mode-array';
import { NotificationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { moduleIcon, moduleTitle } from './notification-utils';

/** One kind as edited: the values shown, and whether it follows the default (the school's, or the built-in one). */
interface Row {
  dto: NotificationPreferenceDto;
  inApp: boolean;
  email: NotificationEmailMode;
  followsDefault: boolean;
  dirty: boolean;
}

interface Group {
  module: string;
  title: string;
  icon: string;
  rows: Row[];
}

/**
 * Per kind of notification: in the app on/off, and e-mail off / as it happens / in the daily digest.
 * `mode="mine"`: the signed-in person's own choice (under their profile); `mode="school"`: the school's defaults for everyone
 * who has not chosen (the director's settings page).
 */
@Component({
  selector: 'app-notification-preferences',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, MatSlideToggleModule, MatTooltipModule,
    TPipe, EnumTextPipe, FormBanner,
  ],
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <app-form-banner [messages]="errors()" />
    @if (mode() === 'mine' && hasEmail() === false) {
      <div class="banner banner--info" role="status" data-testid="prefs-no-email">
        <mat-icon aria-hidden="true">mail_outline</mat-icon>
        <p>{{ 'UI:Notif.NoEmailHint' | t }}</p>
      </div>
    }
    <div class="prefs" [attr.data-testid]="'prefs-' + mode()">
      @for (g of groups(); track g.module) {
        <fieldset class="plain-fieldset prefs-group">
          <legend class="prefs-group__title"><mat-icon aria-hidden="true">{{ g.icon }}</mat-icon>{{ g.title }}</legend>
          @for (r of g.rows; track r.dto.kind) {
            <div class="pref" data-testid="pref-row" [attr.data-kind]="r.dto.kind" role="group" [attr.aria-label]="r.dto.kindTitle">
              <div class="pref__title">
                <span class="pref__name">{{ r.dto.kindTitle }}</span>
                <span class="pref__tags">
                  <span class="chip" [class.chip--tertiary]="r.dto.isReminder">{{ (r.dto.isReminder ? 'UI:Notif.Reminder' : 'UI:Notif.Event') | t }}</span>
                  <span class="pref__source" data-testid="pref-source">{{ sourceText(r) }}</span>
                </span>
              </div>
              <mat-slide-toggle class="pref__inapp" [checked]="r.inApp" (change)="setInApp(r, $event.checked)" [disabled]="saving()"
                                data-testid="pref-inapp">{{ 'UI:Notif.InApp' | t }}</mat-slide-toggle>
              <mat-form-field class="pref__email">
                <mat-label>{{ 'UI:Notif.Email' | t }}</mat-label>
                <mat-select [value]="r.email" (selectionChange)="setEmail(r, $event.value)" [disabled]="saving()" data-testid="pref-email">
                  @for (m of modes; track m) {
                    <mat-option [value]="m">{{ m | enumText: 'NotificationEmailMode' }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <span class="pref__reset">
                @if (!r.followsDefault) {
                  <button mat-icon-button type="button" (click)="useDefault(r)" [disabled]="saving()" data-testid="pref-reset"
                          [matTooltip]="(mode() === 'mine' ? 'UI:Notif.UseSchoolDefault' : 'UI:Notif.UseBuiltInDefault') | t"
                          [attr.aria-label]="((mode() === 'mine' ? 'UI:Notif.UseSchoolDefault' : 'UI:Notif.UseBuiltInDefault') | t) + ': ' + r.dto.kindTitle">
                    <mat-icon aria-hidden="true">restart_alt</mat-icon>
                  </button>
                }
              </span>
            </div>
          }
        </fieldset>
      }
    </div>
    <div class="form-actions">
      @if (dirtyCount()) {
        <span class="unsaved" role="status">{{ 'UI:Notif.Unsaved' | t: dirtyCount() }}</span>
        <button mat-button type="button" (click)="load()" [disabled]="saving()">{{ 'UI:Cancel' | t }}</button>
      }
      <button mat-flat-button type="button" (click)="save()" [disabled]="saving() || !dirtyCount()" data-testid="prefs-save">{{ 'UI:Save' | t }}</button>
    </div>
  `,
  styles: `
    .prefs-group { margin: 8px 0 16px; }
    .prefs-group__title { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-small); color: var(--mat-sys-primary); margin-bottom: 4px; }
    .pref {
      display: grid; grid-template-columns: minmax(0, 1fr) auto 220px 40px; align-items: center; gap: 10px 16px;
      padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .pref__title { min-width: 0; display: flex; flex-direction: column; gap: 4px; }
    .pref__name { font: var(--mat-sys-body-large); overflow-wrap: anywhere; }
    .pref__tags { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
    .pref__source { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .pref__email { width: 100%; }
    .unsaved { align-self: center; margin-right: auto; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    @media (max-width: 719.98px) {
      .pref { grid-template-columns: minmax(0, 1fr) 40px; }
      .pref__title { grid-column: 1 / -1; }
      .pref__inapp { grid-column: 1 / -1; }
      .pref__email { grid-column: 1; }
      .pref__reset { grid-column: 2; }
    }
  `,
})
export class NotificationPreferences {
  readonly mode = input<'mine' | 'school'>('mine');
  /** Whether the person has an e-mail address (mine only): without one, e-mails cannot reach them. */
  readonly hasEmail = input<boolean | null>(null);

  private readonly api = inject(NotificationsService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  protected readonly modes = NOTIFICATION_EMAIL_MODE;
  protected readonly rows = signal<Row[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly dirtyCount = computed(() => this.rows().filter((r) => r.dirty).length);
  protected readonly groups = computed<Group[]>(() => {
    this.config.culture();
    const groups = new Map<string, Group>();
    for (const r of this.rows()) {
      const module = r.dto.module;
      if (!groups.has(module)) groups.set(module, { module, title: moduleTitle(module, this.l), icon: moduleIcon(`${module}.`), rows: [] });
      groups.get(module)!.rows.push(r);
    }
    return [...groups.values()];
  });

  constructor() {
    // First load, and again after a language switch (the kinds' titles come from the server in the reader's language).
    effect(() => {
      this.config.culture();
      this.mode();
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.errors.set([]);
    try {
      this.show(await firstValueFrom(this.get()));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected sourceText(r: Row): string {
    if (this.mode() === 'school') return this.l.t(r.followsDefault ? 'UI:Notif.BuiltInDefault' : 'UI:Notif.SchoolChoice');
    return this.l.t(r.followsDefault ? 'UI:Notif.SchoolDefault' : 'UI:Notif.OwnChoice');
  }

  protected setInApp(r: Row, inApp: boolean): void {
    this.change(r, { inApp });
  }

  protected setEmail(r: Row, email: NotificationEmailMode): void {
    this.change(r, { email });
  }

  /** Back to the default: the values shown become the default's, saved as "follow the default". */
  protected useDefault(r: Row): void {
    this.rows.update((rows) =>
      rows.map((x) => (x === r ? { ...x, inApp: x.dto.defaultInApp, email: x.dto.defaultEmail, followsDefault: true, dirty: x.dto.isCustom } : x)),
    );
  }

  protected async save(): Promise<void> {
    const items: NotificationPreferenceInput[] = this.rows()
      .filter((r) => r.dirty)
      .map((r) => ({ kind: r.dto.kind, inApp: r.inApp, email: r.email, useDefault: r.followsDefault }));
    if (!items.length || this.saving()) return;
    this.saving.set(true);
    this.errors.set([]);
    try {
      const body = { items };
      const saved = await firstValueFrom(
        this.mode() === 'school'
          ? this.api.updateNotificationSchoolDefaults({ body }, handlesErrors())
          : this.api.updateNotificationPreferences({ body }, handlesErrors()),
      );
      this.show(saved);
      this.notify.success(this.l.t('UI:Notif.PreferencesSaved'));
    } catch (e) {
      const p = toProblem(e);
      this.errors.set([problemMessage(p, (k) => this.l.t(k)), ...Object.values(p.errors).flat()]);
    } finally {
      this.saving.set(false);
    }
  }

  private get(): Observable<NotificationPreferencesDto> {
    return this.mode() === 'school'
      ? this.api.getNotificationSchoolDefaults(undefined, handlesErrors())
      : this.api.getNotificationPreferences(undefined, handlesErrors());
  }

  private show(dto: NotificationPreferencesDto): void {
    this.rows.set(dto.items.map((d) => ({ dto: d, inApp: d.inApp, email: d.email, followsDefault: !d.isCustom, dirty: false })));
  }

  private change(r: Row, patch: Partial<Pick<Row, 'inApp' | 'email'>>): void {
    this.rows.update((rows) => rows.map((x) => (x === r ? { ...x, ...patch, followsDefault: false, dirty: true } : x)));
  }
}
