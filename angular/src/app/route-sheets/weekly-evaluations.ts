import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { RouteSheetDto, RouteSheetMark, WeeklySelfEvaluationDto } from '../api/models';
import { RouteSheetsService } from '../api/services';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { KkRuPipe, MARKS, markSign } from './common';
import { DATE_FIELD } from '../core/i18n/date-adapter';

/** Monday of the week a date falls in, as yyyy-MM-dd (local time). */
export function mondayOf(date = new Date()): string {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Weekly post-lesson self-evaluation, logged against route sheet row 1 ("a concrete plan for every lesson"). */
@Component({
  selector: 'app-route-sheet-weekly',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe, EnumTextPipe,
    KDatePipe, KkRuPipe, FieldError, FormBanner, DraftBanner],
  template: `
    @let s = sheet();
    <h2 class="section-title">{{ 'UI:RouteSheets.WeeklyTitle' | t }}</h2>
    @if (s.rows[0]; as row) {
      <p class="cell-secondary">{{ 'UI:RouteSheets.WeeklyRow' | t: (row.directionKk | kkRu: row.directionRu) }}</p>
    }
    @if (s.abilities.canSelfAssess) {
      <form class="surface form-panel weekly-form" [formGroup]="form" (submit)="$event.preventDefault(); add()" data-testid="weekly-form">
        <app-draft-banner [visible]="draftRestored()" (discard)="discard()" />
        <app-form-banner [messages]="errors()" />
        <div class="weekly-grid">
          <mat-form-field>
            <mat-label>{{ 'UI:RouteSheets.WeekStart' | t }}</mat-label>
            <input matInput [matDatepicker]="dp1" formControlName="weekStart" data-testid="weekly-week" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
            <mat-hint>{{ 'UI:RouteSheets.WeekStartHint' | t }}</mat-hint>
            <mat-error><app-field-error [control]="form.controls.weekStart" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:RouteSheets.ClassName' | t }}</mat-label>
            <input matInput formControlName="className" maxlength="64" data-testid="weekly-class" [placeholder]="'UI:RouteSheets.ClassNamePlaceholder' | t" />
            <mat-error><app-field-error [control]="form.controls.className" /></mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="wide">
          <mat-label>{{ 'UI:RouteSheets.WhatWorked' | t }}</mat-label>
          <textarea matInput formControlName="whatWorked" rows="3" maxlength="2000" data-testid="weekly-worked"></textarea>
          <mat-error><app-field-error [control]="form.controls.whatWorked" /></mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label>{{ 'UI:RouteSheets.WhatToChange' | t }}</mat-label>
          <textarea matInput formControlName="whatToChange" rows="2" maxlength="2000" data-testid="weekly-change"></textarea>
          <mat-error><app-field-error [control]="form.controls.whatToChange" /></mat-error>
        </mat-form-field>
        <fieldset class="mark-fieldset">
          <legend>{{ 'UI:RouteSheets.WeeklyMark' | t }}</legend>
          <div class="mark-toggles" role="radiogroup" [attr.aria-label]="'UI:RouteSheets.WeeklyMark' | t">
            @for (m of marks; track m) {
              <button type="button" role="radio" [class]="'mark-btn mark-btn--' + m" [class.is-on]="form.controls.mark.value === m"
                      [attr.aria-checked]="form.controls.mark.value === m" (click)="pick(m)" [attr.data-testid]="'weekly-mark-' + m">
                {{ m | enumText: 'RouteSheetMark' }}
              </button>
            }
          </div>
          @if (form.controls.mark.touched && form.controls.mark.invalid) {
            <p class="field-error" role="alert"><app-field-error [control]="form.controls.mark" /></p>
          }
        </fieldset>
        <div><button mat-flat-button type="submit" [disabled]="saving()" data-testid="weekly-add">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:RouteSheets.WeeklyAdd' | t }}</button></div>
      </form>
    }
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <ul class="weekly-list" data-testid="weekly-list">
      @for (e of items(); track e.id) {
        <li class="weekly-item">
          <p class="weekly-item__head">
            <strong>{{ 'UI:RouteSheets.WeekOf' | t: (e.weekStart | kDate) }}</strong>
            @if (e.className) {
              <span class="chip">{{ e.className }}</span>
            }
            <span [class]="'mark-chip mark-chip--' + e.mark">{{ e.mark | enumText: 'RouteSheetMark' }}</span>
          </p>
          <p><span class="rs-label">{{ 'UI:RouteSheets.WhatWorked' | t }}:</span> {{ e.whatWorked }}</p>
          @if (e.whatToChange) {
            <p><span class="rs-label">{{ 'UI:RouteSheets.WhatToChange' | t }}:</span> {{ e.whatToChange }}</p>
          }
        </li>
      } @empty {
        @if (!loading()) {
          <li class="table-empty" data-testid="weekly-empty">{{ (s.abilities.canSelfAssess ? 'UI:RouteSheets.WeeklyEmptyOwn' : 'UI:RouteSheets.WeeklyEmpty') | t }}</li>
        }
      }
    </ul>
  `,
  styles: `
    :host { display: block; }
    .section-title { font: var(--mat-sys-title-medium); margin: 0 0 4px; }
    .weekly-form { display: grid; gap: 4px; margin: 12px 0 16px; }
    .weekly-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 0 12px; }
    .wide { width: 100%; }
    .mark-fieldset { border: 0; padding: 0; margin: 0 0 8px; min-width: 0; }
    .mark-fieldset legend { font: var(--mat-sys-label-large); margin-bottom: 6px; }
    .mark-toggles { display: flex; flex-wrap: wrap; gap: 6px; }
    .mark-btn {
      display: inline-flex; align-items: center; gap: 4px; min-height: 36px; padding: 4px 10px; border-radius: 18px; cursor: pointer;
      border: 1px solid var(--mat-sys-outline); background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); font: var(--mat-sys-label-large);
    }
    .mark-btn:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    .mark-sign { font-weight: 700; }
    .mark-btn.is-on { border-color: transparent; }
    .mark-btn--Achieved.is-on { background: #1b6e3a; color: #fff; }
    .mark-btn--Partial.is-on { background: #8a5a00; color: #fff; }
    .mark-btn--NotAchieved.is-on { background: var(--mat-sys-error); color: var(--mat-sys-on-error); }
    .mark-chip { display: inline-flex; gap: 4px; padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-large); }
    .mark-chip--Achieved { background: #d3f0dc; color: #0c4b24; }
    .mark-chip--Partial { background: #ffe8bf; color: #5c3c00; }
    .mark-chip--NotAchieved { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .field-error { color: var(--mat-sys-error); font: var(--mat-sys-body-small); margin: 4px 0 0; }
    .weekly-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .weekly-item { padding: 12px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; overflow-wrap: anywhere; }
    .weekly-item p { margin: 4px 0; white-space: pre-line; }
    .weekly-item__head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .rs-label { color: var(--mat-sys-on-surface-variant); font-weight: 500; }
  `,
})
export class WeeklyEvaluations implements OnInit {
  readonly sheet = input.required<RouteSheetDto>();

  private readonly api = inject(RouteSheetsService);
  private readonly drafts = inject(DraftService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly marks = MARKS;
  protected readonly sign = markSign;
  protected readonly items = signal<WeeklySelfEvaluationDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    weekStart: this.fb.nonNullable.control(mondayOf(), Validators.required),
    className: this.fb.nonNullable.control('', Validators.maxLength(64)),
    whatWorked: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(2000)]),
    whatToChange: this.fb.nonNullable.control('', Validators.maxLength(2000)),
    mark: this.fb.control<RouteSheetMark | null>(null, Validators.required),
  });
  private draft: FormDraft | null = null;

  ngOnInit(): void {
    this.draft = this.drafts.track(`route-sheet-weekly:${this.sheet().id}`, this.form, {}, this.destroyRef);
    void this.load();
  }

  protected draftRestored(): boolean {
    return this.draft?.restored() ?? false;
  }

  protected discard(): void {
    this.draft?.clear();
    this.form.reset();
  }

  protected pick(m: RouteSheetMark): void {
    this.form.controls.mark.setValue(m);
    this.form.controls.mark.markAsTouched();
    this.form.markAsDirty();
  }

  protected async add(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.errors.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      await firstValueFrom(
        this.api.addWeeklyEvaluation(
          {
            id: this.sheet().id,
            body: {
              weekStart: v.weekStart,
              className: v.className.trim() || null,
              whatWorked: v.whatWorked.trim(),
              whatToChange: v.whatToChange.trim() || null,
              mark: v.mark ?? undefined, // the form requires a mark
            },
          },
          handlesErrors(),
        ),
      );
      this.draft?.clear();
      this.form.reset();
      this.notify.success(this.l.t('UI:RouteSheets.WeeklyAdded'));
      await this.load();
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, { 'RouteSheets:WeekOutsideYear': 'weekStart' });
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.items.set(await firstValueFrom(this.api.getWeeklyEvaluations({ id: this.sheet().id }, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}
