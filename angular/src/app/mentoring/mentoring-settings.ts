import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { MentoringService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { DEFAULT_SCHOOL_ZONE, errorText } from './mentoring-utils';
import { SchoolZone } from './school-zone';

/** `/mentoring/settings`: how many mentees a mentor may have, the expected rhythm of meetings, the weekly card in the first year. */
@Component({
  selector: 'app-mentoring-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe,
    FieldError, FormBanner, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/mentoring/overview">{{ 'UI:Mentoring.OverviewTitle' | t }}</a>
    </nav>
    <app-page-header [title]="'UI:Mentoring.SettingsTitle' | t" [subtitle]="'UI:Mentoring.SettingsHint' | t" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <section class="surface form-panel">
      <app-form-banner [messages]="errors()" />
      @if (isDefault()) { <p class="cell-secondary" data-testid="settings-default">{{ 'UI:Mentoring.SettingsDefault' | t }}</p> }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form-grid" data-testid="mentoring-settings-form">
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.Capacity' | t }}</mat-label>
          <input matInput type="number" min="1" max="20" formControlName="mentorCapacity" data-testid="settings-capacity" />
          <mat-hint>{{ 'UI:Mentoring.CapacityHint' | t }}</mat-hint>
          <mat-error><app-field-error [control]="form.controls.mentorCapacity" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.CadenceMeetings' | t }}</mat-label>
          <input matInput type="number" min="1" formControlName="cadenceMeetings" data-testid="settings-cadence-meetings" />
          <mat-error><app-field-error [control]="form.controls.cadenceMeetings" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.CadenceDays' | t }}</mat-label>
          <input matInput type="number" min="1" formControlName="cadenceDays" data-testid="settings-cadence-days" />
          <mat-hint>{{ 'UI:Mentoring.CadenceHint' | t }}</mat-hint>
          <mat-error><app-field-error [control]="form.controls.cadenceDays" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.TimeZone' | t }}</mat-label>
          <input matInput formControlName="timeZone" list="mentoring-zones" autocomplete="off" data-testid="settings-time-zone" />
          <datalist id="mentoring-zones">
            @for (z of zones; track z) { <option [value]="z"></option> }
          </datalist>
          <mat-hint>{{ 'UI:Mentoring.TimeZoneSettingHint' | t }}</mat-hint>
          <mat-error><app-field-error [control]="form.controls.timeZone" /></mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="weeklyCardInFirstYear" class="span-2" data-testid="settings-weekly-card">{{ 'UI:Mentoring.WeeklyCardFirstYear' | t }}</mat-checkbox>
        <div class="form-actions span-2">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="settings-save">{{ 'UI:Save' | t }}</button>
        </div>
      </form>
    </section>
  `,
})
export class MentoringSettings {
  private readonly api = inject(MentoringService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly isDefault = signal(false);
  private stamp: string | null = null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    mentorCapacity: [3, [Validators.required, Validators.min(1), Validators.max(20)]],
    cadenceMeetings: [1, [Validators.required, Validators.min(1), Validators.max(10)]],
    cadenceDays: [7, [Validators.required, Validators.min(1), Validators.max(90)]],
    weeklyCardInFirstYear: [true],
    timeZone: [DEFAULT_SCHOOL_ZONE, [Validators.required, Validators.maxLength(64)]],
  });
  /** Kazakhstan's zone first (UTC+5 since 2024); any IANA name is accepted. */
  protected readonly zones = [DEFAULT_SCHOOL_ZONE, 'Asia/Aqtobe', 'Asia/Oral', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Aqtau', 'Asia/Atyrau'];
  private readonly schoolZone = inject(SchoolZone);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const s = await firstValueFrom(this.api.getMentoringSettings(undefined, handlesErrors()));
      this.stamp = s.concurrencyStamp ?? null;
      this.isDefault.set(s.isDefault);
      this.form.setValue({ mentorCapacity: Number(s.mentorCapacity), cadenceMeetings: Number(s.cadenceMeetings), cadenceDays: Number(s.cadenceDays), weeklyCardInFirstYear: s.weeklyCardInFirstYear, timeZone: s.timeZone });
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    const v = this.form.getRawValue();
    try {
      const s = await firstValueFrom(
        this.api.updateMentoringSettings(
          { body: { mentorCapacity: Number(v.mentorCapacity), cadenceMeetings: Number(v.cadenceMeetings), cadenceDays: Number(v.cadenceDays), weeklyCardInFirstYear: v.weeklyCardInFirstYear, timeZone: v.timeZone.trim(), concurrencyStamp: this.stamp } },
          handlesErrors(),
        ),
      );
      this.stamp = s.concurrencyStamp ?? null;
      this.isDefault.set(s.isDefault);
      this.schoolZone.set(s.timeZone);
      this.notify.success(this.l.t('UI:SavedChanges'));
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
