import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { MyWorkSettingsDto } from '../api/models';
import { MyWorkService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';

const MIN_DAYS = 0;
const MAX_DAYS = 180;
/** A day of the year as teachers write it: "25.10" (stored as "10-25"). */
const DAY_MONTH = /^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])$/;

/** "10-25" → "25.10". */
export function toDayMonth(monthDay: string): string {
  const [m, d] = monthDay.split('-');
  return m && d ? `${d}.${m}` : monthDay;
}

/** "25.10" / "5.1" → "10-25" / "01-05". */
export function toMonthDay(dayMonth: string): string {
  const m = DAY_MONTH.exec(dayMonth.trim());
  return m ? `${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : dayMonth;
}

/**
 * The school's due-date rules of "my work" (director): how many days before a due date an item is "due soon", the days
 * each step may take, and the last days of the quarters and half-years (when route-sheet marks fall due).
 */
@Component({
  selector: 'app-my-work-settings-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TPipe, FieldError, FormBanner],
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <form [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="due-rules-form">
      <app-form-banner [messages]="errors()" />
      @if (settings()?.isDefault) {
        <p class="hint" data-testid="due-rules-default">{{ 'UI:MyWork.RulesAreDefault' | t }}</p>
      }
      <div class="form-grid">
        @for (f of dayFields; track f.name) {
          <mat-form-field>
            <mat-label>{{ f.label | t }}</mat-label>
            <input matInput type="number" inputmode="numeric" [min]="0" [max]="180" [formControlName]="f.name" [attr.data-testid]="'rule-' + f.name" />
            <span matTextSuffix>{{ 'UI:MyWork.DaysSuffix' | t }}</span>
            <mat-hint>{{ f.hint | t }}</mat-hint>
            <mat-error><app-field-error [control]="form.get(f.name)" /></mat-error>
          </mat-form-field>
        }
      </div>
      <h3 class="form-section__title">{{ 'UI:MyWork.QuarterEnds' | t }}</h3>
      <p class="hint">{{ 'UI:MyWork.PeriodEndsHint' | t }}</p>
      <div class="period-grid" formArrayName="quarterEnds">
        @for (c of form.controls.quarterEnds.controls; track $index) {
          <mat-form-field>
            <mat-label>{{ 'UI:MyWork.QuarterN' | t: $index + 1 }}</mat-label>
            <input matInput [formControlName]="$index" placeholder="25.10" inputmode="decimal" [attr.data-testid]="'quarter-end-' + ($index + 1)" />
            <mat-error><app-field-error [control]="c" /></mat-error>
          </mat-form-field>
        }
      </div>
      <h3 class="form-section__title">{{ 'UI:MyWork.HalfYearEnds' | t }}</h3>
      <div class="period-grid" formArrayName="halfYearEnds">
        @for (c of form.controls.halfYearEnds.controls; track $index) {
          <mat-form-field>
            <mat-label>{{ 'UI:MyWork.HalfYearN' | t: $index + 1 }}</mat-label>
            <input matInput [formControlName]="$index" placeholder="28.12" inputmode="decimal" />
            <mat-error><app-field-error [control]="c" /></mat-error>
          </mat-form-field>
        }
      </div>
      @if (canEdit()) {
        <div class="form-actions">
          <button mat-flat-button type="submit" [disabled]="saving() || loading()" data-testid="due-rules-save">{{ 'UI:Save' | t }}</button>
        </div>
      }
    </form>
  `,
  styles: `
    .hint { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); margin: 0 0 12px; }
    .period-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; margin-bottom: 8px; }
  `,
})
export class MyWorkSettingsForm {
  private readonly api = inject(MyWorkService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly dayFields = [
    { name: 'dueSoonDays', label: 'UI:MyWork.Rule.DueSoonDays', hint: 'UI:MyWork.Rule.DueSoonDaysHint' },
    { name: 'planAgreementDays', label: 'UI:MyWork.Rule.PlanAgreementDays', hint: 'UI:MyWork.Rule.PlanAgreementDaysHint' },
    { name: 'planRevisionDays', label: 'UI:MyWork.Rule.PlanRevisionDays', hint: 'UI:MyWork.Rule.PlanRevisionDaysHint' },
    { name: 'observationSignDays', label: 'UI:MyWork.Rule.ObservationSignDays', hint: 'UI:MyWork.Rule.ObservationSignDaysHint' },
    { name: 'observationReplyDays', label: 'UI:MyWork.Rule.ObservationReplyDays', hint: 'UI:MyWork.Rule.ObservationReplyDaysHint' },
    { name: 'reviewerMarksDays', label: 'UI:MyWork.Rule.ReviewerMarksDays', hint: 'UI:MyWork.Rule.ReviewerMarksDaysHint' },
    { name: 'mentorSharedDays', label: 'UI:MyWork.Rule.MentorSharedDays', hint: 'UI:MyWork.Rule.MentorSharedDaysHint' },
  ] as const;

  protected readonly form = this.fb.group({
    dueSoonDays: this.days(),
    planAgreementDays: this.days(),
    planRevisionDays: this.days(),
    observationSignDays: this.days(),
    observationReplyDays: this.days(),
    reviewerMarksDays: this.days(),
    mentorSharedDays: this.days(),
    quarterEnds: this.fb.array(Array.from({ length: 4 }, () => this.dayMonth())),
    halfYearEnds: this.fb.array(Array.from({ length: 2 }, () => this.dayMonth())),
  });
  protected readonly settings = signal<MyWorkSettingsDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.MyWorkSettings));

  constructor() {
    void this.load();
  }

  private days() {
    return this.fb.control(0, [Validators.required, Validators.min(MIN_DAYS), Validators.max(MAX_DAYS)]);
  }

  private dayMonth() {
    return this.fb.control('', [Validators.required, Validators.pattern(DAY_MONTH)]);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.show(await firstValueFrom(this.api.getMyWorkSettings(undefined, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private show(s: MyWorkSettingsDto): void {
    this.settings.set(s);
    this.form.reset({
      dueSoonDays: Number(s.dueSoonDays),
      planAgreementDays: Number(s.planAgreementDays),
      planRevisionDays: Number(s.planRevisionDays),
      observationSignDays: Number(s.observationSignDays),
      observationReplyDays: Number(s.observationReplyDays),
      reviewerMarksDays: Number(s.reviewerMarksDays),
      mentorSharedDays: Number(s.mentorSharedDays),
      quarterEnds: s.quarterEnds.map(toDayMonth),
      halfYearEnds: s.halfYearEnds.map(toDayMonth),
    });
    if (!this.canEdit()) this.form.disable();
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
      const saved = await firstValueFrom(
        this.api.updateMyWorkSettings(
          {
            body: {
              ...v,
              quarterEnds: v.quarterEnds.map(toMonthDay),
              halfYearEnds: v.halfYearEnds.map(toMonthDay),
              concurrencyStamp: this.settings()?.concurrencyStamp ?? null,
            },
          },
          handlesErrors(),
        ),
      );
      this.show(saved);
      this.notify.success(this.l.t('UI:SavedChanges'));
    } catch (e) {
      const p = toProblem(e);
      const unmatched = applyProblemToForm(this.form, p);
      this.errors.set(Object.keys(p.errors).length ? unmatched : [problemMessage(p, (k) => this.l.t(k))]);
    } finally {
      this.saving.set(false);
    }
  }
}
