import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { AgreementSinceReview, ChangeNames } from '../agreements/agreement-changes';
import { AgreementHistory, AgreementHistorySource } from '../agreements/agreement-history';
import {
  MentorActivityForm, MentorActivityProgress, MentorPlanActivityDto, MentorYearPlanDto, MentorYearPlanMenteeDto, MentorYearPlanVersionDetailDto,
  PlanChangesSinceReviewDto,
} from '../api/models';
import { MENTOR_ACTIVITY_FORM } from '../api/models/mentor-activity-form-array';
import { MENTOR_ACTIVITY_PROGRESS } from '../api/models/mentor-activity-progress-array';
import { MentorYearPlansService, MentoringService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { formatDate } from '../shared/format';

/** The text key of each activity field the server may name in a change. */
const ACTIVITY_FIELD_KEYS: Record<string, string> = {
  Goal: 'UI:Mentoring.PlanGoal',
  Month: 'UI:Mentoring.ActivityMonth',
  Topic: 'UI:Mentoring.ActivityTopic',
  Form: 'UI:Mentoring.ActivityForm',
  PlannedDate: 'UI:Mentoring.ActivityDate',
  ExpectedResult: 'UI:Mentoring.ExpectedResult',
  Progress: 'UI:Mentoring.Progress',
  ProgressNote: 'UI:Mentoring.ProgressNote',
};

/** The academic year's months in order: September to August. */
const MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];

type ActivityGroup = FormGroup<{
  id: FormControl<string | null>;
  month: FormControl<number>;
  topic: FormControl<string>;
  form: FormControl<MentorActivityForm>;
  plannedDate: FormControl<string>;
  expectedResult: FormControl<string>;
}>;

interface ProgressRow {
  progress: MentorActivityProgress;
  note: string;
  newDate: string;
}

/**
 * `/mentoring/year-plans/:id`: the mentor's plan for the year, months × activities (topic, form, date, expected result). The
 * mentor drafts and sends it; the director or a deputy agrees or returns it with a comment; afterwards the mentor records
 * the progress of each activity. Versions, review comments and the DOCX (kk/ru) as for the development plans.
 */
@Component({
  selector: 'app-year-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, NotFoundView, PageHeader, AgreementHistory, AgreementSinceReview,
  ],
  templateUrl: './year-plan-page.html',
  styles: `
    .surface { margin-bottom: 16px; }
    .month { border-top: 1px solid var(--mat-sys-outline-variant); padding: 8px 0; }
    .month h3 { font: var(--mat-sys-title-small); margin: 8px 0; display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    .activity { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px 12px 0; margin-bottom: 8px; }
    .activity__head { display: flex; justify-content: flex-end; }
    .acts { list-style: none; margin: 0; padding: 0; }
    .acts li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0; display: flex; flex-direction: column; gap: 4px; overflow-wrap: anywhere; }
    .progress-row { display: flex; flex-wrap: wrap; gap: 8px; }
    .progress-row mat-form-field { flex: 1 1 160px; }
    .full { width: 100%; }
    .kept p { margin: 4px 0; }
  `,
})
export class YearPlanPage {
  readonly id = input.required<string>();

  private readonly api = inject(MentorYearPlansService);
  private readonly mentoring = inject(MentoringService);
  private readonly notify = inject(NotifyService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly l = inject(LocalizationService);

  protected readonly months = MONTHS;
  protected readonly forms = MENTOR_ACTIVITY_FORM;
  protected readonly progresses = MENTOR_ACTIVITY_PROGRESS;
  protected readonly plan = signal<MentorYearPlanDto | null>(null);
  /** For a reviewer: what the mentor changed since the last decision. */
  protected readonly changes = signal<PlanChangesSinceReviewDto | null>(null);
  protected readonly menteeOptions = signal<MentorYearPlanMenteeDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly progress = signal<Record<string, ProgressRow>>({});
  /** The plan's versions and reviews (the agreement workflow's shared history). */
  protected readonly history = computed<AgreementHistorySource<MentorYearPlanVersionDetailDto>>(() => {
    const id = this.id();
    return {
      versions: () => this.api.getMentorYearPlanVersions({ id }, handlesErrors()),
      reviews: () => this.api.getMentorYearPlanReviews({ id }, handlesErrors()),
      version: (versionId) => this.api.getMentorYearPlanVersion({ id, versionId }, handlesErrors()),
    };
  });
  /**
   * How the review and the history name what changed: the goal, a mentee added or removed (by name), an activity (as the plan
   * has it now) and its fields.
   */
  protected readonly changeNames = computed<ChangeNames>(() => {
    const activities = this.plan()?.activities ?? [];
    return {
      entry: (c) => {
        if (c.area === 'Mentee') {
          const name = c.newValue ?? c.oldValue;
          return this.l.t('UI:Mentoring.Mentee') + (name ? ` «${name}»` : '');
        }
        if (c.area !== 'Activity') return this.l.t('UI:Mentoring.PlanGoal');
        const topic = activities.find((a) => a.id === c.entryId)?.topic ?? (c.field ? null : (c.newValue ?? c.oldValue));
        return this.l.t('UI:Mentoring.Activity') + (topic ? ` «${topic}»` : '');
      },
      field: (field) => this.l.tOr(ACTIVITY_FIELD_KEYS[field] ?? '', field),
      value: (field, value) => {
        switch (field) {
          case 'Month': return this.monthName(Number(value));
          case 'Form': return this.l.tOr(`Enum:MentorActivityForm.${value}`, value);
          case 'Progress': return this.l.tOr(`Enum:MentorActivityProgress.${value}`, value);
          case 'PlannedDate': return formatDate(value);
          default: return value;
        }
      },
    };
  });
  protected readonly reviewComment = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] });

  protected readonly form = this.fb.group({
    goal: ['', Validators.maxLength(4000)],
    menteeStaffMemberIds: this.fb.control<string[]>([]),
    activities: new FormArray<ActivityGroup>([]),
  });

  protected readonly abilities = computed(() => this.plan()?.abilities);
  protected readonly docxKk = computed(() => this.docUrl('kk'));
  protected readonly docxRu = computed(() => this.docUrl('ru'));

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private docUrl(culture: string): string {
    return `${this.rootUrl}${MentorYearPlansService.GetMentorYearPlanDocumentPath.replace('{id}', encodeURIComponent(this.id()))}?culture=${culture}`;
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const plan = await firstValueFrom(this.api.getMentorYearPlan({ id: this.id() }, handlesErrors()));
      this.show(plan);
      if (plan.abilities.canEdit) void this.loadMentees(plan);
    } catch (e) {
      const p = toProblem(e);
      if (p.status === 404) this.notFound.set(true);
      else this.errors.set([problemMessage(p, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  /** The mentor's active mentees (and whoever the plan already names) to choose from. */
  private async loadMentees(plan: MentorYearPlanDto): Promise<void> {
    const pairs = await firstValueFrom(this.mentoring.getMentoringPairList({ mine: true, active: true, maxResultCount: 100 }, handlesErrors())).catch(() => null);
    const options = new Map<string, MentorYearPlanMenteeDto>(plan.mentees.map((m) => [m.staffMemberId, m]));
    for (const p of pairs?.items ?? []) {
      if (p.mentorStaffMemberId === plan.mentorStaffMemberId) options.set(p.menteeStaffMemberId, { staffMemberId: p.menteeStaffMemberId, fullName: p.menteeName });
    }
    this.menteeOptions.set([...options.values()]);
  }

  private show(plan: MentorYearPlanDto): void {
    this.plan.set(plan);
    void this.loadChanges(plan);
    const activities = new FormArray<ActivityGroup>(plan.activities.map((a) => this.activityGroup({ ...a, month: Number(a.month) })));
    this.form.setControl('activities', activities);
    this.form.patchValue({ goal: plan.goal ?? '', menteeStaffMemberIds: plan.mentees.map((m) => m.staffMemberId) });
    const rows: Record<string, ProgressRow> = {};
    for (const a of plan.activities) rows[a.id] = { progress: a.progress, note: a.progressNote ?? '', newDate: a.plannedDate ?? '' };
    this.progress.set(rows);
  }

  private activityGroup(a: Partial<MentorPlanActivityDto> & { month: number }): ActivityGroup {
    return this.fb.group({
      id: this.fb.control<string | null>(a.id ?? null),
      month: this.fb.control(a.month),
      topic: [a.topic ?? '', [Validators.required, Validators.maxLength(1000)]],
      form: this.fb.control<MentorActivityForm>(a.form ?? 'Consultation'),
      plannedDate: [a.plannedDate ?? ''],
      expectedResult: [a.expectedResult ?? '', Validators.maxLength(2000)],
    }) as ActivityGroup;
  }

  protected get activities(): FormArray<ActivityGroup> {
    return this.form.controls.activities;
  }

  /** The indexes of the month's activities in the form array. */
  protected indexesOf(month: number): number[] {
    return this.activities.controls.map((c, i) => ({ c, i })).filter(({ c }) => Number(c.controls.month.value) === month).map(({ i }) => i);
  }

  protected activitiesOf(month: number): MentorPlanActivityDto[] {
    return (this.plan()?.activities ?? []).filter((a) => Number(a.month) === month);
  }

  protected addActivity(month: number): void {
    this.activities.push(this.activityGroup({ month }));
  }

  protected removeActivity(i: number): void {
    this.activities.removeAt(i);
    this.form.markAsDirty();
  }

  protected monthName(m: number): string {
    return this.l.t(`MentoringPlans:Month.${m}`);
  }

  protected menteeName(id: string): string {
    return this.menteeOptions().find((m) => m.staffMemberId === id)?.fullName ?? '';
  }

  private async run(call: () => Observable<MentorYearPlanDto>, success: string): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    this.errors.set([]);
    try {
      this.show(await firstValueFrom(call()));
      this.notify.success(this.l.t(success));
      return true;
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async save(): Promise<boolean> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.errors.set([this.l.t('UI:Mentoring.FixFields')]);
      return false;
    }
    const v = this.form.getRawValue();
    const plan = this.plan()!;
    return this.run(
      () =>
        this.api.updateMentorYearPlan(
          {
            id: plan.id,
            body: {
              goal: v.goal.trim() || null,
              menteeStaffMemberIds: v.menteeStaffMemberIds,
              activities: v.activities.map((a) => ({
                id: a.id, month: Number(a.month), topic: a.topic.trim(), form: a.form, plannedDate: a.plannedDate || null, expectedResult: a.expectedResult.trim() || null,
              })),
              concurrencyStamp: plan.concurrencyStamp,
            },
          },
          handlesErrors(),
        ),
      'UI:SavedChanges',
    );
  }

  protected async submit(): Promise<void> {
    if (this.form.dirty && !(await this.save())) return;
    const plan = this.plan()!;
    await this.run(() => this.api.submitMentorYearPlan({ id: plan.id, body: { concurrencyStamp: plan.concurrencyStamp } }, handlesErrors()), 'UI:Mentoring.PlanSubmitted');
  }

  protected async agree(): Promise<void> {
    const plan = this.plan()!;
    const comment = this.reviewComment.value.trim() || null;
    if (await this.run(() => this.api.agreeMentorYearPlan({ id: plan.id, body: { concurrencyStamp: plan.concurrencyStamp, comment } }, handlesErrors()), 'UI:Mentoring.PlanAgreed')) {
      this.reviewComment.reset();
    }
  }

  protected async returnPlan(): Promise<void> {
    const comment = this.reviewComment.value.trim();
    if (!comment) {
      this.reviewComment.setErrors({ required: true });
      this.reviewComment.markAsTouched();
      return;
    }
    const plan = this.plan()!;
    if (await this.run(() => this.api.returnMentorYearPlan({ id: plan.id, body: { concurrencyStamp: plan.concurrencyStamp, comment } }, handlesErrors()), 'UI:Mentoring.PlanReturned')) {
      this.reviewComment.reset();
    }
  }

  protected setProgress(id: string, patch: Partial<ProgressRow>): void {
    this.progress.set({ ...this.progress(), [id]: { ...this.progress()[id], ...patch } });
  }

  protected async saveProgress(): Promise<void> {
    const plan = this.plan()!;
    const rows = this.progress();
    const updates = plan.activities
      .filter((a) => rows[a.id] && (rows[a.id].progress !== a.progress || (rows[a.id].note || '') !== (a.progressNote ?? '') || (rows[a.id].progress === 'Moved' && rows[a.id].newDate !== (a.plannedDate ?? ''))))
      .map((a) => ({ activityId: a.id, progress: rows[a.id].progress, note: rows[a.id].note.trim() || null, newDate: rows[a.id].progress === 'Moved' ? rows[a.id].newDate || null : null }));
    if (!updates.length) {
      this.notify.info(this.l.t('UI:Mentoring.NothingChanged'));
      return;
    }
    await this.run(() => this.api.recordMentorYearPlanProgress({ id: plan.id, body: { concurrencyStamp: plan.concurrencyStamp, updates } }, handlesErrors()), 'UI:SavedChanges');
  }

  protected versionActivities(detail: MentorYearPlanVersionDetailDto, month: number): MentorPlanActivityDto[] {
    return detail.activities.filter((a) => Number(a.month) === month);
  }

  private async loadChanges(plan: MentorYearPlanDto): Promise<void> {
    if (!plan.abilities.canReview) {
      this.changes.set(null);
      return;
    }
    this.changes.set(await firstValueFrom(this.api.getMentorYearPlanChanges({ id: plan.id }, handlesErrors())).catch(() => null));
  }
}
