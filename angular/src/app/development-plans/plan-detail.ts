import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
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
import {
  DevelopmentPlanDto, PlanChangesSinceReviewDto, PlanCommentDto, PlanContent, PlanGoal, PlanItem, PlanProgressStatus, PlanTemplateRow,
  PlanTemplateSection,
} from '../api/models';
import { PLAN_PROGRESS_STATUS } from '../api/models/plan-progress-status-array';
import { DevelopmentPlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { Problem, clearServerErrors, fieldName, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { statusChip } from './plan-utils';

const TEXT_FIELDS = ['topic', 'professionalGoal', 'motivationalThought', 'diagnosticResults', 'strengths', 'gaps', 'priorityDirections', 'resources'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

type GoalForm = FormGroup<{
  id: FormControl<string>;
  title: FormControl<string>;
  indicator: FormControl<string>;
  targetValue: FormControl<number | null>;
  unit: FormControl<string>;
  schoolPriority: FormControl<string>;
  deadline: FormControl<string>;
}>;

type ItemForm = FormGroup<{
  id: FormControl<string>;
  sectionKey: FormControl<string>;
  rowKey: FormControl<string>;
  text: FormControl<string>;
  goalId: FormControl<string>;
  expectedResult: FormControl<string>;
  product: FormControl<string>;
}>;

type ProgressForm = FormGroup<{ id: FormControl<string>; status: FormControl<PlanProgressStatus>; actualValue: FormControl<number | null> }>;

/** `/development-plans/:id`: the plan, its editor (with a local draft), review, progress and comments. */
@Component({
  selector: 'app-plan-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule, MatProgressBarModule,
    MatSelectModule, TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, DraftBanner, NotFoundView, PageHeader,
  ],
  templateUrl: './plan-detail.html',
  styleUrl: './plan-detail.scss',
})
export class PlanDetail implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(DevelopmentPlansService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly drafts = inject(DraftService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  protected readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly textFields = TEXT_FIELDS;
  protected readonly progressStatuses = PLAN_PROGRESS_STATUS;
  protected readonly chip = statusChip;

  protected readonly plan = signal<DevelopmentPlanDto | null>(null);
  protected readonly comments = signal<PlanCommentDto[]>([]);
  protected readonly changes = signal<PlanChangesSinceReviewDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly conflict = signal(false);
  /** SMART messages about a whole goal or item (`goals[0]`), keyed `goals.0`. */
  protected readonly entryErrors = signal<Record<string, string>>({});
  protected readonly reviewErrors = signal<string[]>([]);
  protected readonly progressErrors = signal<string[]>([]);
  protected readonly commentErrors = signal<string[]>([]);

  protected readonly abilities = computed(() => this.plan()?.abilities ?? null);
  protected readonly canReopen = computed(() => {
    const p = this.plan();
    return !!p && this.config.isGranted(Permissions.DevelopmentPlansReview) && (p.status === 'Agreed' || p.status === 'InProgress' || p.status === 'Completed');
  });
  protected readonly docxKk = computed(() => this.docUrl('kk'));
  protected readonly docxRu = computed(() => this.docUrl('ru'));

  /** Sections that list items (goals have their own block). */
  protected readonly itemSections = computed(() => (this.plan()?.template.sections ?? []).filter((s) => !s.holdsGoals));
  protected readonly goalSection = computed(() => (this.plan()?.template.sections ?? []).find((s) => s.holdsGoals) ?? null);

  protected readonly form = this.fb.group({
    topic: '',
    professionalGoal: '',
    motivationalThought: '',
    diagnosticResults: '',
    strengths: '',
    gaps: '',
    priorityDirections: '',
    resources: '',
    goalIds: this.fb.control<string[]>([]),
    itemIds: this.fb.control<string[]>([]),
    goals: this.fb.array<GoalForm>([]),
    items: this.fb.array<ItemForm>([]),
  });
  /** Bumped when the goal/item arrays change shape, so computed views re-read them. */
  private readonly shape = signal(0);

  protected readonly reviewForm = this.fb.group({ comment: '' });
  protected readonly reopenForm = this.fb.group({ reason: ['', Validators.required] });
  protected readonly commentForm = this.fb.group({ text: ['', [Validators.required, Validators.maxLength(2000)]] });
  protected readonly progressForm = this.fb.group({ selfAssessment: '', goals: this.fb.array<ProgressForm>([]) });

  private draft: FormDraft | null = null;

  ngOnInit(): void {
    this.draft = this.drafts.track(`development-plan:${this.id()}`, this.form, { restoreNow: false }, this.destroyRef);
    void this.load();
  }

  protected get goals(): FormArray<GoalForm> {
    return this.form.controls.goals;
  }

  protected get items(): FormArray<ItemForm> {
    return this.form.controls.items;
  }

  protected draftRestored(): boolean {
    return this.draft?.restored() ?? false;
  }

  protected async discardDraft(): Promise<void> {
    this.draft?.clear();
    await this.load();
  }

  // ---------- reading ----------

  protected sectionTitle(s: PlanTemplateSection | PlanTemplateRow | null | undefined): string {
    if (!s) return '';
    return this.l.culture() === 'kk' ? s.titleKk || s.titleRu || s.key || '' : s.titleRu || s.titleKk || s.key || '';
  }

  protected templateName(): string {
    const t = this.plan()?.template;
    if (!t) return '';
    return this.l.culture() === 'kk' ? t.nameKk || t.name : this.l.culture() === 'ru' ? t.nameRu || t.name : t.name;
  }

  protected itemsOf(sectionKey: string | undefined): PlanItem[] {
    return (this.plan()?.content.items ?? []).filter((i) => i.sectionKey === sectionKey);
  }

  protected rowTitle(section: PlanTemplateSection, rowKey: string | null | undefined): string {
    return rowKey ? this.sectionTitle(section.rows?.find((r) => r.key === rowKey)) : '';
  }

  protected goalTitle(goalId: string | null | undefined): string {
    if (!goalId) return '';
    const fromForm = this.goals.controls.find((g) => g.controls.id.value === goalId)?.controls.title.value;
    return fromForm ?? this.plan()?.content.goals?.find((g) => g.id === goalId)?.title ?? '';
  }

  protected itemIndexes(sectionKey: string | undefined): number[] {
    this.shape();
    return this.items.controls.map((c, i) => (c.controls.sectionKey.value === sectionKey ? i : -1)).filter((i) => i >= 0);
  }

  protected capital(f: string): string {
    return f.charAt(0).toUpperCase() + f.slice(1);
  }

  protected hasText(field: TextField): boolean {
    return !!this.plan()?.content[field];
  }

  protected textOf(field: TextField): string {
    return this.plan()?.content[field] ?? '';
  }

  protected changeFieldLabel(field: string | null): string {
    if (!field) return '';
    const name = field.charAt(0).toLowerCase() + field.slice(1);
    const key = FIELD_KEYS[name];
    return key ? this.l.t(key) : field;
  }

  protected entryLabel(area: string, entryId: string | null): string {
    if (area === 'Goal') return this.l.t('UI:Plans.Goal') + (entryId ? ` «${this.goalTitle(entryId) || '…'}»` : '');
    if (area === 'Item') {
      const item = this.plan()?.content.items?.find((i) => i.id === entryId);
      return this.l.t('UI:Plans.Item') + (item ? ` «${item.text}»` : '');
    }
    return this.l.t('UI:Plans.AboutPlan');
  }

  private docUrl(culture: string): string {
    const p = this.plan();
    return p ? `${this.rootUrl}${DevelopmentPlansService.GetDevelopmentPlanDocumentPath.replace('{id}', encodeURIComponent(p.id))}?culture=${culture}` : '';
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.conflict.set(false);
    try {
      const p = await firstValueFrom(this.api.getDevelopmentPlan({ id: this.id() }, handlesErrors()));
      this.show(p);
      if (p.abilities.canEdit) this.restoreDraft();
      else this.draft?.clear();
      void this.loadComments();
      void this.loadChanges();
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400 || problem.status === 403) this.notFound.set(true);
      else this.formErrors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadComments(): Promise<void> {
    try {
      this.comments.set(await firstValueFrom(this.api.getDevelopmentPlanComments({ id: this.id() }, handlesErrors())));
    } catch {
      this.comments.set([]);
    }
  }

  private async loadChanges(): Promise<void> {
    const p = this.plan();
    if (!p?.abilities.canReview && !this.canReopen()) {
      this.changes.set(null);
      return;
    }
    try {
      this.changes.set(await firstValueFrom(this.api.getDevelopmentPlanChanges({ id: this.id() }, handlesErrors())));
    } catch {
      this.changes.set(null);
    }
  }

  /** Puts a plan from the server into the page and the forms. */
  private show(p: DevelopmentPlanDto): void {
    this.plan.set(p);
    const c = p.content;
    this.form.controls.goals.clear({ emitEvent: false });
    this.form.controls.items.clear({ emitEvent: false });
    for (const g of c.goals ?? []) this.goals.push(this.goalForm(g), { emitEvent: false });
    for (const i of c.items ?? []) this.items.push(this.itemForm(i), { emitEvent: false });
    const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, c[f] ?? '']));
    this.form.reset(
      { ...texts, goalIds: (c.goals ?? []).map((g) => g.id ?? ''), itemIds: (c.items ?? []).map((i) => i.id ?? '') },
      { emitEvent: false },
    );
    this.entryErrors.set({});
    this.shape.update((n) => n + 1);

    const pg = this.progressForm.controls.goals;
    pg.clear({ emitEvent: false });
    for (const g of c.goals ?? []) {
      pg.push(
        this.fb.group({
          id: g.id ?? '',
          status: this.fb.control<PlanProgressStatus>(g.status ?? 'NotStarted'),
          actualValue: this.fb.control<number | null>(g.actualValue == null ? null : Number(g.actualValue)),
        }),
        { emitEvent: false },
      );
    }
    this.progressForm.controls.selfAssessment.setValue(c.selfAssessment ?? '', { emitEvent: false });
    if (p.abilities.canEdit) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  /** The draft holds the ids of its goals and items: first bring the arrays to that shape, then put the values in. */
  private restoreDraft(): void {
    if (!this.draft?.restore()) return;
    const c = this.plan()?.content;
    const goalIds = this.form.controls.goalIds.value ?? [];
    const itemIds = this.form.controls.itemIds.value ?? [];
    // Same FormArray instances (the template's formArrayName directives keep theirs), new groups in the draft's order.
    this.goals.clear({ emitEvent: false });
    this.items.clear({ emitEvent: false });
    for (const id of goalIds) this.goals.push(this.goalForm(c?.goals?.find((g) => g.id === id) ?? { id }), { emitEvent: false });
    for (const id of itemIds) this.items.push(this.itemForm(c?.items?.find((i) => i.id === id) ?? { id }), { emitEvent: false });
    this.draft.restore();
    this.shape.update((n) => n + 1);
  }

  private goalForm(g: PlanGoal): GoalForm {
    return this.fb.group({
      id: g.id ?? newId(),
      title: [g.title ?? '', Validators.maxLength(500)],
      indicator: [g.indicator ?? '', Validators.maxLength(500)],
      targetValue: this.fb.control<number | null>(g.targetValue == null ? null : Number(g.targetValue)),
      unit: [g.unit ?? '', Validators.maxLength(64)],
      schoolPriority: [g.schoolPriority ?? '', Validators.maxLength(500)],
      deadline: g.deadline ?? '',
    });
  }

  private itemForm(i: PlanItem): ItemForm {
    return this.fb.group({
      id: i.id ?? newId(),
      sectionKey: i.sectionKey ?? '',
      rowKey: i.rowKey ?? '',
      text: [i.text ?? '', [Validators.required, Validators.maxLength(500)]],
      goalId: i.goalId ?? '',
      expectedResult: i.expectedResult ?? '',
      product: i.product ?? '',
    });
  }

  // ---------- editing ----------

  protected addGoal(): void {
    const g = this.goalForm({});
    this.goals.push(g);
    this.syncIds();
  }

  protected removeGoal(index: number): void {
    const id = this.goals.at(index).controls.id.value;
    this.goals.removeAt(index);
    for (const item of this.items.controls) if (item.controls.goalId.value === id) item.controls.goalId.setValue('');
    this.syncIds();
  }

  protected addItem(section: PlanTemplateSection): void {
    const form = this.itemForm({ sectionKey: section.key, rowKey: section.rows?.length ? section.rows[0].key : null });
    this.items.push(form);
    this.syncIds();
  }

  protected removeItem(index: number): void {
    this.items.removeAt(index);
    this.syncIds();
  }

  private syncIds(): void {
    this.form.markAsDirty();
    this.form.controls.goalIds.setValue(this.goals.controls.map((g) => g.controls.id.value), { emitEvent: false });
    this.form.controls.itemIds.setValue(this.items.controls.map((i) => i.controls.id.value));
    this.shape.update((n) => n + 1);
  }

  private content(): PlanContent {
    const p = this.plan()!;
    const v = this.form.getRawValue();
    const original = p.content;
    const goals: PlanGoal[] = v.goals.map((g) => {
      const o = original.goals?.find((x) => x.id === g.id);
      return {
        ...(o ?? { status: 'NotStarted', carriedOver: false, evidence: [] }),
        id: g.id,
        title: g.title.trim(),
        indicator: emptyNull(g.indicator),
        targetValue: g.targetValue === null || (g.targetValue as unknown) === '' ? null : Number(g.targetValue),
        unit: emptyNull(g.unit),
        schoolPriority: emptyNull(g.schoolPriority),
        deadline: g.deadline || null,
      };
    });
    const items: PlanItem[] = v.items.map((i) => {
      const o = original.items?.find((x) => x.id === i.id);
      const section = p.template.sections.find((s) => s.key === i.sectionKey);
      const row = section?.rows?.find((r) => r.key === i.rowKey);
      return {
        ...(o ?? { status: 'NotStarted', evidence: [] }),
        id: i.id,
        sectionKey: i.sectionKey,
        rowKey: i.rowKey || null,
        text: i.text.trim(),
        goalId: i.goalId || null,
        expectedResult: emptyNull(i.expectedResult),
        product: emptyNull(i.product),
        activity: o?.activity ?? row?.activity ?? 'Other',
      };
    });
    const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, emptyNull(v[f])]));
    return { ...original, ...texts, goals, items };
  }

  /** Saves the editor; returns false (and shows why) when it did not. */
  protected async save(silent = false): Promise<boolean> {
    const p = this.plan();
    if (!p || !p.abilities.canEdit || this.busy()) return false;
    clearServerErrors(this.form);
    this.entryErrors.set({});
    this.formErrors.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.formErrors.set([this.l.t('UI:Plans.FixFields')]);
      this.focusFirstInvalid();
      return false;
    }
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updateDevelopmentPlan(
          { id: p.id, body: { content: this.content(), mentorStaffMemberId: p.mentorStaffMemberId, concurrencyStamp: p.concurrencyStamp } },
          handlesErrors(),
        ),
      );
      this.draft?.clear();
      this.show(saved);
      if (!silent) this.notify.success(this.l.t('UI:SavedChanges'));
      return true;
    } catch (e) {
      this.showProblem(toProblem(e));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    const p = this.plan();
    if (!p || this.busy()) return;
    if (this.form.dirty && !(await this.save(true))) return;
    const current = this.plan()!;
    this.busy.set(true);
    try {
      const submitted = await firstValueFrom(
        this.api.submitDevelopmentPlan({ id: current.id, body: { concurrencyStamp: current.concurrencyStamp } }, handlesErrors()),
      );
      this.draft?.clear();
      this.show(submitted);
      this.notify.success(this.l.t('UI:Plans.SubmittedDone'));
      void this.loadComments();
    } catch (e) {
      this.showProblem(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  /** Field messages go beside their fields (`goals[0].deadline`), messages about a whole goal into its card, the rest into the banner. */
  private showProblem(problem: Problem): void {
    if (problem.status === 409) {
      this.conflict.set(true);
      this.formErrors.set([this.l.t('UI:Plans.Conflict')]);
      return;
    }
    const unmatched: string[] = [];
    const entries: Record<string, string> = {};
    for (const [key, messages] of Object.entries(problem.errors)) {
      const text = messages.join(' ');
      const m = /(goals|items)\[(\d+)\](?:\.(\w+))?$/i.exec(key);
      if (m) {
        const area = m[1].toLowerCase() as 'goals' | 'items';
        const index = Number(m[2]);
        const field = m[3] ? m[3].charAt(0).toLowerCase() + m[3].slice(1) : null;
        const control = field ? this.form.get([area, index, field]) : null;
        if (control) {
          control.setErrors({ ...(control.errors ?? {}), server: text });
          control.markAsTouched();
        } else if (index < (area === 'goals' ? this.goals.length : this.items.length)) {
          entries[`${area}.${index}`] = [entries[`${area}.${index}`], text].filter(Boolean).join(' ');
          if (area === 'goals') this.markSmartFields(index, text);
        } else {
          unmatched.push(text);
        }
        continue;
      }
      const control = this.form.get(fieldName(key));
      if (control && (TEXT_FIELDS as readonly string[]).includes(fieldName(key))) {
        control.setErrors({ ...(control.errors ?? {}), server: text });
        control.markAsTouched();
      } else {
        unmatched.push(text);
      }
    }
    this.entryErrors.set(entries);
    const messages = [problemMessage(problem, (k) => this.l.t(k)), ...unmatched];
    if (Object.keys(entries).length || Object.keys(problem.errors).length) messages[0] = this.l.t('UI:Plans.SubmitFix');
    this.formErrors.set([...new Set(messages)]);
    this.focusFirstInvalid();
  }

  /** The SMART check names the criteria a goal misses (Specific, Measurable, ...): mark the fields that satisfy each one. */
  private markSmartFields(index: number, message: string): void {
    const goal = this.goals.at(index);
    for (const [criterion, fields] of Object.entries(SMART_FIELDS)) {
      if (!new RegExp(`\\b${criterion}\\b`).test(message)) continue;
      for (const f of fields) {
        const control = goal.get(f);
        if (!control) continue;
        control.setErrors({ ...(control.errors ?? {}), server: this.l.t(`UI:Plans.Smart.${criterion}`) });
        control.markAsTouched();
      }
    }
  }

  protected async reloadAfterConflict(): Promise<void> {
    this.draft?.clear();
    this.formErrors.set([]);
    await this.load();
  }

  // ---------- review ----------

  protected async agree(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const comment = this.reviewForm.value.comment?.trim() || null;
    await this.action(
      () => this.api.agreeDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, comment } }, handlesErrors()),
      'UI:Plans.AgreedDone', this.reviewErrors,
    );
  }

  protected async returnPlan(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const comment = this.reviewForm.value.comment?.trim() ?? '';
    if (!comment) {
      this.reviewForm.controls.comment.setErrors({ required: true });
      this.reviewForm.controls.comment.markAsTouched();
      this.reviewErrors.set([this.l.t('UI:Plans.ReturnNeedsComment')]);
      return;
    }
    await this.action(
      () => this.api.returnDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, comment } }, handlesErrors()),
      'UI:Plans.ReturnedDone', this.reviewErrors,
    );
  }

  protected async reopen(): Promise<void> {
    const p = this.plan();
    this.reopenForm.markAllAsTouched();
    if (!p || this.reopenForm.invalid) return;
    const reason = this.reopenForm.getRawValue().reason.trim();
    await this.action(
      () => this.api.reopenDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, reason } }, handlesErrors()),
      'UI:Plans.ReopenedDone', this.reviewErrors,
    );
  }

  // ---------- progress ----------

  protected async saveProgress(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const v = this.progressForm.getRawValue();
    await this.action(
      () =>
        this.api.recordDevelopmentPlanProgress(
          {
            id: p.id,
            body: {
              concurrencyStamp: p.concurrencyStamp,
              selfAssessment: emptyNull(v.selfAssessment),
              entries: v.goals.map((g) => ({
                id: g.id, status: g.status,
                actualValue: g.actualValue === null || (g.actualValue as unknown) === '' ? null : Number(g.actualValue),
                evidence: p.content.goals?.find((x) => x.id === g.id)?.evidence ?? [],
              })),
            },
          },
          handlesErrors(),
        ),
      'UI:Plans.ProgressSaved', this.progressErrors,
    );
  }

  protected async complete(): Promise<void> {
    const p = this.plan();
    if (!p) return;
    const selfAssessment = emptyNull(this.progressForm.getRawValue().selfAssessment);
    await this.action(
      () => this.api.completeDevelopmentPlan({ id: p.id, body: { concurrencyStamp: p.concurrencyStamp, selfAssessment } }, handlesErrors()),
      'UI:Plans.CompletedDone', this.progressErrors,
    );
  }

  // ---------- comments ----------

  protected async addComment(): Promise<void> {
    this.commentForm.markAllAsTouched();
    const p = this.plan();
    if (!p || this.commentForm.invalid || this.busy()) return;
    this.busy.set(true);
    this.commentErrors.set([]);
    try {
      await firstValueFrom(this.api.addDevelopmentPlanComment({ id: p.id, body: { text: this.commentForm.getRawValue().text.trim() } }, handlesErrors()));
      this.commentForm.reset();
      await this.loadComments();
    } catch (e) {
      const problem = toProblem(e);
      this.commentErrors.set([problemMessage(problem, (k) => this.l.t(k)), ...Object.values(problem.errors).flat()]);
    } finally {
      this.busy.set(false);
    }
  }

  private async action(call: () => Observable<unknown>, doneKey: string, errors: ReturnType<typeof signal<string[]>>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    errors.set([]);
    try {
      await firstValueFrom(call(), { defaultValue: undefined });
      this.notify.success(this.l.t(doneKey));
      this.reviewForm.reset();
      this.reopenForm.reset();
      await this.load();
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) {
        this.conflict.set(true);
        errors.set([this.l.t('UI:Plans.Conflict')]);
      } else {
        errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...Object.values(problem.errors).flat()])]);
      }
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const el = document.querySelector<HTMLElement>('app-plan-detail form .ng-invalid input, app-plan-detail form textarea.ng-invalid, app-plan-detail form input.ng-invalid');
      (el ?? document.querySelector<HTMLElement>('app-plan-detail [data-testid="form-error"]'))?.focus();
    });
  }
}

/** Which goal fields make each SMART criterion (Achievable is about the activities linked to the goal). */
const SMART_FIELDS: Record<string, string[]> = {
  Specific: ['title'],
  Measurable: ['indicator', 'targetValue'],
  Relevant: ['schoolPriority'],
  TimeBound: ['deadline'],
};

const FIELD_KEYS: Record<string, string> = {
  topic: 'UI:Plans.Field.Topic',
  professionalGoal: 'UI:Plans.Field.ProfessionalGoal',
  motivationalThought: 'UI:Plans.Field.MotivationalThought',
  diagnosticResults: 'UI:Plans.Field.DiagnosticResults',
  strengths: 'UI:Plans.Field.Strengths',
  gaps: 'UI:Plans.Field.Gaps',
  priorityDirections: 'UI:Plans.Field.PriorityDirections',
  resources: 'UI:Plans.Field.Resources',
  selfAssessment: 'UI:Plans.Field.SelfAssessment',
  title: 'UI:Plans.Field.Title',
  indicator: 'UI:Plans.Field.Indicator',
  targetValue: 'UI:Plans.Field.TargetValue',
  unit: 'UI:Plans.Field.Unit',
  schoolPriority: 'UI:Plans.Field.SchoolPriority',
  deadline: 'UI:Plans.Field.Deadline',
  status: 'UI:Plans.Status',
  actualValue: 'UI:Plans.Field.ActualValue',
  text: 'UI:Plans.Field.Text',
  goalId: 'UI:Plans.Field.GoalLink',
  expectedResult: 'UI:Plans.Field.ExpectedResult',
  product: 'UI:Plans.Field.Product',
};

function emptyNull(v: string | null | undefined): string | null {
  const t = (v ?? '').trim();
  return t.length ? t : null;
}

function newId(): string {
  return crypto.randomUUID();
}
