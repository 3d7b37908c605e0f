import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, startWith } from 'rxjs';

import { AssessmentComponent, AssessmentRubric, AssessmentSchemeDto, CourseProgrammeDto, CourseRecordDto } from '../api/models';
import { CourseProgrammesService, CourseRecordsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { previewScheme, rubricOf, schemeInEffect } from './assessment';
import { errorText, todayIso } from './course-utils';

/**
 * `/courses/records/:id/assess`: the platform's assessment of a participant (Courses.Manage, never one's own course). The
 * scheme version in effect on the assessment day decides: its components (a rubric's criteria scored level by level add up to
 * their component), the total, each threshold, the grade bands and the pass mark; the page shows what the scheme will
 * decide before it is saved. A pass issues the certificate with its QR code, a fail the attendance statement.
 */
@Component({
  selector: 'app-course-assess-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, KDatePipe, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/courses">{{ 'Menu:Courses' | t }}</a>
      @if (record(); as r) { / <a [routerLink]="['/courses/records', r.id]">{{ r.programmeTitle }}</a> }
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @if (record(); as r) {
      <app-page-header [title]="'UI:Courses.AssessTitle' | t" [subtitle]="r.staffName + ' · ' + r.programmeTitle" />
      <app-form-banner [messages]="errors()" />
      @if (!r.abilities.canAssess) {
        <p class="surface pad table-empty" data-testid="assess-not-allowed">{{ 'UI:Courses.AssessNotAllowed' | t }}</p>
      } @else {
        <form class="surface pad form" [formGroup]="dates" (ngSubmit)="save()" data-testid="assess-form">
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.AssessedOn' | t }}</mat-label>
              <input matInput [matDatepicker]="dp0" formControlName="assessedOn" data-testid="assess-on" /><mat-datepicker-toggle matIconSuffix [for]="dp0" /><mat-datepicker #dp0 />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.StartDate' | t }}</mat-label>
              <input matInput [matDatepicker]="dp1" formControlName="startDate" data-testid="assess-start" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.EndDate' | t }}</mat-label>
              <input matInput [matDatepicker]="dp2" formControlName="endDate" data-testid="assess-end" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
            </mat-form-field>
          </div>
          @if (scheme(); as s) {
            <p class="cell-secondary" data-testid="assess-scheme">{{ 'UI:Courses.SchemeFrom' | t: (s.effectiveFrom | kDate) }}@if (s.note) { · {{ s.note }} }</p>
            @for (c of s.components; track c.key) {
              <fieldset class="component" [attr.data-testid]="'assess-component-' + c.key">
                <legend>{{ c.title }} <span class="cell-secondary">({{ 'UI:Courses.OfMax' | t: c.maxPoints }}@if (c.threshold !== null && c.threshold !== undefined) { · {{ 'UI:Courses.ThresholdShort' | t: c.threshold }} })</span></legend>
                @if (rubric(s, c); as rb) {
                  <ol class="criteria">
                    @for (criterion of rb.criteria ?? []; track $index; let i = $index) {
                      <li>
                        <span class="criterion">{{ criterion }}</span>
                        <mat-form-field class="level">
                          <mat-label>{{ 'UI:Courses.Level' | t }}</mat-label>
                          <mat-select [value]="criterionScore(c.key ?? '', i)" (selectionChange)="setCriterion(c.key ?? '', i, $event.value)"
                                      [attr.data-testid]="'assess-criterion-' + c.key + '-' + i">
                            @for (l of rb.levels ?? []; track l.score) { <mat-option [value]="l.score">{{ l.score }} — {{ l.label }}</mat-option> }
                          </mat-select>
                        </mat-form-field>
                      </li>
                    }
                  </ol>
                  <p>{{ 'UI:Courses.ComponentSum' | t: (scoreOf(c.key ?? '') ?? '—') : c.maxPoints }}</p>
                } @else {
                  <mat-form-field>
                    <mat-label>{{ 'UI:Courses.Points' | t }}</mat-label>
                    <input matInput type="number" min="0" [max]="c.maxPoints" [value]="scoreOf(c.key ?? '') ?? ''" (input)="setScore(c.key ?? '', $event)"
                           [attr.data-testid]="'assess-score-' + c.key" />
                  </mat-form-field>
                }
                @if (componentResult(c.key ?? ''); as cr) {
                  <p class="verdict">
                    @if (cr.overMax) { <span class="bad">{{ 'UI:Courses.OverMax' | t: cr.max }}</span> }
                    @else if (cr.threshold !== null && cr.score !== null) {
                      <span [class.bad]="!cr.thresholdMet">{{ (cr.thresholdMet ? 'UI:Courses.ThresholdMet' : 'UI:Courses.ThresholdNotMet') | t: cr.threshold }}</span>
                    }
                    @if (cr.grade) { <span class="chip">{{ cr.grade }}</span> }
                  </p>
                }
              </fieldset>
            }
            @if (preview(); as pv) {
              <section class="summary" data-testid="assess-summary" aria-live="polite">
                <p class="big" data-testid="assess-total">{{ 'UI:Courses.TotalOf' | t: pv.total : pv.maxTotal }}</p>
                <p>@if (pv.passMark !== null) { {{ 'UI:Courses.PassMark' | t: pv.passMark }} } @else { {{ 'UI:Courses.NoPassMark' | t }} }</p>
                @if (pv.grade) { <p data-testid="assess-grade">{{ 'UI:Courses.GradeIs' | t: pv.grade }}</p> }
                @if (pv.passed === null) { <p class="cell-secondary">{{ 'UI:Courses.ScoresIncomplete' | t }}</p> }
                @else {
                  <p class="verdict-total" [class.bad]="!pv.passed" data-testid="assess-verdict">
                    {{ (pv.passed ? 'UI:Courses.WillPass' : 'UI:Courses.WillFail') | t }}
                  </p>
                }
              </section>
            }
          } @else {
            <p class="table-empty" data-testid="assess-no-scheme">{{ 'UI:Courses.NoSchemeOnDay' | t }}</p>
          }
          <div class="actions">
            <a mat-button [routerLink]="['/courses/records', r.id]">{{ 'UI:Cancel' | t }}</a>
            <button mat-flat-button type="submit" [disabled]="busy() || dates.invalid || !scheme() || preview()?.passed === null" data-testid="assess-save">
              {{ 'UI:Courses.SaveAssessment' | t }}
            </button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .pad { padding: 16px; margin-bottom: 16px; }
    .form { display: flex; flex-direction: column; gap: 8px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 160px; min-width: 0; }
    .component { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px 12px; margin: 0; min-width: 0; }
    legend { font: var(--mat-sys-title-small); padding: 0 4px; overflow-wrap: anywhere; }
    .criteria { margin: 0; padding-left: 20px; }
    .criteria li { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; padding: 4px 0; }
    .criterion { flex: 1 1 220px; overflow-wrap: anywhere; }
    .level { flex: 0 1 220px; min-width: 0; }
    .verdict { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 4px 0; }
    .bad { color: var(--mat-sys-error); }
    .summary { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 8px; }
    .summary p { margin: 4px 0; }
    .big { font: var(--mat-sys-headline-small); }
    .verdict-total { font: var(--mat-sys-title-medium); }
    .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
  `,
})
export class AssessForm {
  readonly id = input.required<string>();
  private readonly records = inject(CourseRecordsService);
  private readonly programmes = inject(CourseProgrammesService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly record = signal<CourseRecordDto | null>(null);
  private readonly programme = signal<CourseProgrammeDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** Component scores typed in; a rubric's component is the sum of its criteria's levels. */
  private readonly scores = signal<Record<string, number | null>>({});
  private readonly criteria = signal<Record<string, (number | null)[]>>({});

  protected readonly dates = inject(FormBuilder).nonNullable.group({
    assessedOn: new FormControl(todayIso(), { nonNullable: true, validators: Validators.required }),
    startDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    endDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  private readonly assessedOn = toSignal(this.dates.controls.assessedOn.valueChanges.pipe(startWith(this.dates.controls.assessedOn.value)), { initialValue: todayIso() });

  /** The version in effect on the assessment day (a later-dated one does not apply yet). */
  protected readonly scheme = computed(() => schemeInEffect(this.programme()?.schemes ?? [], this.assessedOn() || todayIso()));
  protected readonly preview = computed(() => {
    const s = this.scheme();
    return s ? previewScheme(s, this.effectiveScores(s)) : null;
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const r = await firstValueFrom(this.records.getCourseRecord({ id: this.id() }, handlesErrors()));
      this.programme.set(await firstValueFrom(this.programmes.getCourseProgramme({ id: r.programmeId }, handlesErrors())));
      this.dates.patchValue({ startDate: r.startDate ?? r.plannedStart ?? '', endDate: r.endDate ?? '' });
      this.record.set(r);
    } catch {
      this.notFound.set(true);
    }
  }

  protected rubric(s: AssessmentSchemeDto, c: AssessmentComponent): AssessmentRubric | null {
    return rubricOf(s, c);
  }

  private effectiveScores(s: AssessmentSchemeDto): Record<string, number | null> {
    const out: Record<string, number | null> = {};
    for (const c of s.components) {
      const key = c.key ?? '';
      const rb = rubricOf(s, c);
      if (rb) {
        const levels = this.criteria()[key] ?? [];
        const n = rb.criteria?.length ?? 0;
        out[key] = levels.length === n && levels.every((v) => v !== null && v !== undefined) ? levels.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
      } else {
        out[key] = this.scores()[key] ?? null;
      }
    }
    return out;
  }

  protected scoreOf(key: string): number | null {
    const s = this.scheme();
    return s ? (this.effectiveScores(s)[key] ?? null) : null;
  }

  protected componentResult(key: string) {
    return this.preview()?.components.find((c) => c.key === key) ?? null;
  }

  protected criterionScore(key: string, i: number): number | null {
    return this.criteria()[key]?.[i] ?? null;
  }

  protected setCriterion(key: string, i: number, value: number): void {
    const s = this.scheme();
    const n = s?.rubrics.find((r) => r.key === key)?.criteria?.length ?? 0;
    const row = [...(this.criteria()[key] ?? Array<number | null>(n).fill(null))];
    while (row.length < n) row.push(null);
    row[i] = Number(value);
    this.criteria.set({ ...this.criteria(), [key]: row });
  }

  protected setScore(key: string, event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    this.scores.set({ ...this.scores(), [key]: raw === '' ? null : Math.trunc(Number(raw)) });
  }

  protected async save(): Promise<void> {
    const r = this.record();
    const s = this.scheme();
    if (!r || !s) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const v = this.dates.getRawValue();
      const values = this.effectiveScores(s);
      const result = await firstValueFrom(this.records.assessCourse({
        id: r.id,
        body: {
          concurrencyStamp: r.concurrencyStamp, assessedOn: v.assessedOn, startDate: v.startDate, endDate: v.endDate,
          scores: s.components.map((c) => ({ key: c.key ?? '', score: values[c.key ?? ''] ?? 0 })),
        },
      }, handlesErrors()));
      this.notify.success(this.l.t(result.passed ? 'UI:Courses.AssessedPassed' : 'UI:Courses.AssessedFailed'));
      void this.router.navigate(['/courses/records', r.id]);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
