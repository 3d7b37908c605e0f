import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { RouteSheetAssessment, RouteSheetDto, RouteSheetMark, RouteSheetMarkInput, RouteSheetPeriodKind } from '../api/models';
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
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';
import { KkRuPipe, MARKS, currentPeriod, markSign } from './common';
import { RecommendedActivities } from './recommended-activities';
import { WeeklyEvaluations } from './weekly-evaluations';

type Side = 'self' | 'reviewer';
type Cell = FormGroup<{
  selfMark: FormControl<RouteSheetMark | null>;
  selfComment: FormControl<string>;
  reviewerMark: FormControl<RouteSheetMark | null>;
  reviewerComment: FormControl<string>;
}>;
interface CellValue {
  selfMark: RouteSheetMark | null;
  selfComment: string;
  reviewerMark: RouteSheetMark | null;
  reviewerComment: string;
}

/** `/route-sheets/:id`: one teacher's route sheet, marked per period by the teacher and by the reviewer. */
@Component({
  selector: 'app-route-sheet-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatButtonToggleModule, MatExpansionModule, MatFormFieldModule, MatIconModule,
    MatInputModule, MatMenuModule, MatProgressBarModule, MatSelectModule, MatTabsModule, TPipe, EnumTextPipe, KDatePipe, KkRuPipe,
    FieldError, FormBanner, DraftBanner, NotFoundView, PageHeader, StaffPicker, RecommendedActivities, WeeklyEvaluations,
  ],
  templateUrl: './route-sheet-detail.html',
  styleUrl: './route-sheet-detail.scss',
})
export class RouteSheetDetail implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(RouteSheetsService);
  private readonly drafts = inject(DraftService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;

  protected readonly marks = MARKS;
  protected readonly sign = markSign;
  protected readonly periodKinds: RouteSheetPeriodKind[] = ['Quarters', 'HalfYears'];
  protected readonly sheet = signal<RouteSheetDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly conflict = signal(false);
  protected readonly saving = signal<Side | null>(null);
  protected readonly period = signal(1);
  /** Bumped on every edit so computed views of the form refresh. */
  private readonly edits = signal(0);

  protected readonly form = this.fb.group({ periods: this.fb.array<FormArray<Cell>>([]) });
  protected readonly settings = this.fb.group({
    periodKind: this.fb.nonNullable.control<RouteSheetPeriodKind>('Quarters'),
    reviewerStaffMemberId: this.fb.control<string | null>(null),
  });
  protected readonly settingsReviewer = signal<StaffRef | null>(null);
  protected readonly settingsErrors = signal<string[]>([]);
  protected readonly settingsSaving = signal(false);

  protected readonly periods = computed(() => Array.from({ length: Number(this.sheet()?.periodCount ?? 0) }, (_, i) => i + 1));
  protected readonly unsavedPeriods = computed(() => {
    this.edits();
    const s = this.sheet();
    if (!s) return new Set<number>();
    return new Set(this.periods().filter((p) => this.changed(p, 'self').length || this.changed(p, 'reviewer').length));
  });
  protected readonly docUrl = computed(() => {
    const s = this.sheet();
    return s ? `${this.rootUrl}${RouteSheetsService.GetRouteSheetDocumentPath.replace('{id}', encodeURIComponent(s.id))}` : '';
  });

  private draft: FormDraft | null = null;

  ngOnInit(): void {
    this.draft = this.drafts.track(`route-sheet:${this.id()}`, this.form, { restoreNow: false }, this.destroyRef);
    this.form.valueChanges.subscribe(() => this.edits.update((n) => n + 1));
    void this.load(true);
  }

  protected draftRestored(): boolean {
    return this.draft?.restored() ?? false;
  }

  protected periodLabel(p: number): string {
    return this.l.t(this.sheet()?.periodKind === 'HalfYears' ? 'UI:RouteSheets.HalfYearN' : 'UI:RouteSheets.QuarterN', p);
  }

  protected cell(p: number, rowIndex: number): Cell {
    return this.form.controls.periods.at(p - 1).at(rowIndex);
  }

  protected assessment(rowIndex: number, p: number): RouteSheetAssessment | null {
    return this.sheet()?.rows[rowIndex]?.assessments?.find((a) => Number(a.period) === p) ?? null;
  }

  protected setMark(p: number, rowIndex: number, side: Side, mark: RouteSheetMark | null): void {
    const c = this.cell(p, rowIndex).controls[side === 'self' ? 'selfMark' : 'reviewerMark'];
    c.setValue(mark);
    c.markAsDirty();
    this.form.markAsDirty();
    this.form.updateValueAndValidity();
  }

  protected periodHasMarks(p: number, side: Side): number {
    return (this.sheet()?.rows ?? []).filter((_, i) => {
      const a = this.assessment(i, p);
      return side === 'self' ? !!a?.selfMark : !!a?.reviewerMark;
    }).length;
  }

  protected changedCount(side: Side): number {
    this.edits();
    return this.changed(this.period(), side).length;
  }

  protected async discardDraft(): Promise<void> {
    this.draft?.clear();
    const s = this.sheet();
    if (s) this.build(s, null);
  }

  protected async reload(): Promise<void> {
    await this.load(false);
  }

  protected async save(side: Side): Promise<void> {
    const s = this.sheet();
    if (!s || this.saving()) return;
    const p = this.period();
    const marks = this.changed(p, side);
    if (!marks.length) {
      this.notify.info(this.l.t('UI:RouteSheets.NothingToSave'));
      return;
    }
    this.errors.set([]);
    this.conflict.set(false);
    this.saving.set(side);
    const body = { period: p, marks, concurrencyStamp: s.concurrencyStamp };
    try {
      const saved = await firstValueFrom(
        side === 'self'
          ? this.api.selfAssessRouteSheet({ id: s.id, body }, handlesErrors())
          : this.api.reviewRouteSheet({ id: s.id, body }, handlesErrors()),
      );
      const keep = this.form.getRawValue().periods as CellValue[][];
      this.build(saved, { keep, previous: s, skip: { period: p, side } });
      this.notify.success(this.l.t('UI:RouteSheets.Saved', this.periodLabel(p)));
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) this.conflict.set(true);
      else this.errors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.saving.set(null);
    }
  }

  protected pickReviewer(r: StaffRef | null): void {
    this.settingsReviewer.set(r);
    this.settings.controls.reviewerStaffMemberId.setValue(r?.id ?? null);
    this.settings.markAsDirty();
  }

  protected async saveSettings(): Promise<void> {
    const s = this.sheet();
    if (!s || this.settingsSaving()) return;
    clearServerErrors(this.settings);
    this.settingsErrors.set([]);
    this.settingsSaving.set(true);
    const v = this.settings.getRawValue();
    try {
      const saved = await firstValueFrom(
        this.api.updateRouteSheetSettings(
          { id: s.id, body: { periodKind: v.periodKind, reviewerStaffMemberId: v.reviewerStaffMemberId, concurrencyStamp: s.concurrencyStamp } },
          handlesErrors(),
        ),
      );
      const keep = this.form.getRawValue().periods as CellValue[][];
      this.build(saved, { keep, previous: s });
      this.notify.success(this.l.t('UI:SavedChanges'));
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) this.conflict.set(true);
      const unmatched = applyProblemToForm(this.settings, problem, {
        'RouteSheets:PeriodsHaveMarks': 'periodKind',
        'RouteSheets:ReviewerMustBeActiveStaff': 'reviewerStaffMemberId',
      });
      this.settingsErrors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.settingsSaving.set(false);
    }
  }

  private async load(first: boolean): Promise<void> {
    this.loading.set(true);
    this.errors.set([]);
    try {
      const previous = this.sheet();
      const keep = previous ? (this.form.getRawValue().periods as CellValue[][]) : null;
      const s = await firstValueFrom(this.api.getRouteSheet({ id: this.id() }, handlesErrors()));
      this.build(s, keep && previous ? { keep, previous } : null, !first);
      // Only now: until the fresh sheet (and its concurrency stamp) is in, a save would meet the same conflict again.
      this.conflict.set(false);
      if (first) {
        this.period.set(Math.min(currentPeriod(s.periodKind, Number(s.academicYear)), Number(s.periodCount)));
        this.draft?.restore();
        this.edits.update((n) => n + 1);
      }
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400) this.notFound.set(true);
      else this.errors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  /**
   * Puts the server's sheet into the form. With `carry`, whatever the user changed against the previous server state
   * (and has not just saved) is put back on top, so a save of one side or a reload never throws away typed marks.
   */
  private build(
    s: RouteSheetDto,
    carry: { keep: CellValue[][]; previous: RouteSheetDto; skip?: { period: number; side: Side } } | null,
    settleDraft = true,
  ): void {
    this.sheet.set(s);
    const periods = this.form.controls.periods;
    periods.clear({ emitEvent: false });
    const count = Number(s.periodCount);
    for (let p = 1; p <= count; p++) {
      const rows = this.fb.array<Cell>([]);
      s.rows.forEach((row, i) => {
        const v = serverValue(s, i, p);
        if (carry) {
          const kept = carry.keep[p - 1]?.[i];
          const before = serverValue(carry.previous, i, p);
          for (const side of ['self', 'reviewer'] as Side[]) {
            if (carry.skip && carry.skip.period === p && carry.skip.side === side) continue;
            if (kept && differs(kept, before, side)) {
              if (side === 'self') {
                v.selfMark = kept.selfMark;
                v.selfComment = kept.selfComment;
              } else {
                v.reviewerMark = kept.reviewerMark;
                v.reviewerComment = kept.reviewerComment;
              }
            }
          }
        }
        rows.push(
          this.fb.group({
            selfMark: this.fb.control<RouteSheetMark | null>(v.selfMark),
            selfComment: this.fb.nonNullable.control(v.selfComment),
            reviewerMark: this.fb.control<RouteSheetMark | null>(v.reviewerMark),
            reviewerComment: this.fb.nonNullable.control(v.reviewerComment),
          }) as Cell,
          { emitEvent: false },
        );
      });
      periods.push(rows, { emitEvent: false });
    }
    if (this.period() > count) this.period.set(count);
    this.settings.reset({ periodKind: s.periodKind, reviewerStaffMemberId: s.reviewerStaffMemberId }, { emitEvent: false });
    this.settingsReviewer.set(s.reviewerStaffMemberId ? { id: s.reviewerStaffMemberId, fullName: s.reviewerName ?? '' } : null);
    const unsaved = this.periods().some((p) => this.changed(p, 'self').length || this.changed(p, 'reviewer').length);
    if (!unsaved) this.form.markAsPristine();
    // On the first load the stored draft is restored afterwards; later the draft follows what is still unsaved.
    if (settleDraft) {
      if (unsaved) this.draft?.save();
      else this.draft?.clear();
    }
    this.edits.update((n) => n + 1);
  }

  /** The rows of a period whose marks on one side differ from the server's. */
  private changed(p: number, side: Side): RouteSheetMarkInput[] {
    const s = this.sheet();
    const rows = this.form.controls.periods.at(p - 1);
    if (!s || !rows) return [];
    const result: RouteSheetMarkInput[] = [];
    s.rows.forEach((row, i) => {
      const v = rows.at(i)?.getRawValue() as CellValue | undefined;
      if (!v || !differs(v, serverValue(s, i, p), side)) return;
      result.push({
        rowOrder: row.order,
        mark: side === 'self' ? v.selfMark : v.reviewerMark,
        comment: (side === 'self' ? v.selfComment : v.reviewerComment).trim() || null,
      });
    });
    return result;
  }
}

function serverValue(s: RouteSheetDto, rowIndex: number, p: number): CellValue {
  const a = s.rows[rowIndex]?.assessments?.find((x) => Number(x.period) === p);
  return {
    selfMark: a?.selfMark ?? null,
    selfComment: a?.selfComment ?? '',
    reviewerMark: a?.reviewerMark ?? null,
    reviewerComment: a?.reviewerComment ?? '',
  };
}

function differs(a: CellValue, b: CellValue, side: Side): boolean {
  return side === 'self'
    ? (a.selfMark ?? null) !== (b.selfMark ?? null) || (a.selfComment ?? '').trim() !== (b.selfComment ?? '').trim()
    : (a.reviewerMark ?? null) !== (b.reviewerMark ?? null) || (a.reviewerComment ?? '').trim() !== (b.reviewerComment ?? '').trim();
}
