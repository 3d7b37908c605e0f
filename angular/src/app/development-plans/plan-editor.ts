import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';

import { DevelopmentPlanDto, PlanContent, PlanEvidence, PlanGoal, PlanItem, PlanTemplateSection } from '../api/models';
import { DevelopmentPlansService } from '../api/services';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { Problem, clearServerErrors, fieldName, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { PlanEvidenceEditor } from './plan-evidence';
import { PlanPage } from './plan-page';
import { TEXT_FIELDS, capital, emptyNull, goalSection, itemSections, sectionTitle } from './plan-utils';
import { DATE_FIELD } from '../core/i18n/date-adapter';

type GoalForm = FormGroup<{
  id: FormControl<string>;
  title: FormControl<string>;
  indicator: FormControl<string>;
  targetValue: FormControl<number | null>;
  unit: FormControl<string>;
  schoolPriority: FormControl<string>;
  deadline: FormControl<string>;
  evidence: FormControl<PlanEvidence[]>;
}>;

type ItemForm = FormGroup<{
  id: FormControl<string>;
  sectionKey: FormControl<string>;
  rowKey: FormControl<string>;
  text: FormControl<string>;
  goalId: FormControl<string>;
  expectedResult: FormControl<string>;
  product: FormControl<string>;
  evidence: FormControl<PlanEvidence[]>;
}>;

/**
 * The plan's editor (draft or returned plan, its teacher only): texts, goals (SMART) and items of each section, each with
 * its evidence; a local draft keeps what was typed; Save and Submit, with the server's messages beside the fields.
 */
@Component({
  selector: 'app-plan-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TPipe, FieldError, FormBanner,
    DraftBanner, PlanEvidenceEditor,
  ],
  templateUrl: './plan-editor.html',
  styleUrl: './plan-parts.scss',
})
export class PlanEditor {
  private readonly api = inject(DevelopmentPlansService);
  private readonly notify = inject(NotifyService);
  private readonly drafts = inject(DraftService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly l = inject(LocalizationService);
  protected readonly page = inject(PlanPage);

  protected readonly textFields = TEXT_FIELDS;
  protected readonly capital = capital;
  protected readonly plan = this.page.plan;
  protected readonly itemSections = computed(() => itemSections(this.plan()));
  protected readonly goalSection = computed(() => goalSection(this.plan()));

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
  /** SMART messages about a whole goal or item (`goals[0]`), keyed `goals.0`. */
  protected readonly entryErrors = signal<Record<string, string>>({});

  private readonly draft: FormDraft = this.drafts.track(this.page.draftKey(), this.form, { restoreNow: false }, this.destroyRef);

  constructor() {
    // Each plan the server sends (loaded, saved, after an action) is put into the form; a stored draft then goes over it.
    effect(() => {
      const p = this.plan();
      if (p) untracked(() => this.show(p));
    });
  }

  protected get goals(): FormArray<GoalForm> {
    return this.form.controls.goals;
  }

  protected get items(): FormArray<ItemForm> {
    return this.form.controls.items;
  }

  protected draftRestored(): boolean {
    return this.draft.restored() ?? false;
  }

  protected async discardDraft(): Promise<void> {
    this.draft.clear();
    await this.page.load();
  }

  protected sectionTitle(s: Parameters<typeof sectionTitle>[1]): string {
    return sectionTitle(this.l.culture(), s);
  }

  protected itemIndexes(sectionKey: string | undefined): number[] {
    this.shape();
    return this.items.controls.map((c, i) => (c.controls.sectionKey.value === sectionKey ? i : -1)).filter((i) => i >= 0);
  }

  /** A goal's or item's evidence changed (a file attached or removed, a link added): part of the form and its draft. */
  protected setEvidence(control: FormControl<PlanEvidence[]>, evidence: PlanEvidence[]): void {
    this.form.markAsDirty();
    control.setValue(evidence);
  }

  /** Puts a plan from the server into the form, then the stored draft over it (only while the plan can be edited). */
  private show(p: DevelopmentPlanDto): void {
    const c = p.content;
    this.goals.clear({ emitEvent: false });
    this.items.clear({ emitEvent: false });
    for (const g of c.goals ?? []) this.goals.push(this.goalForm(g), { emitEvent: false });
    for (const i of c.items ?? []) this.items.push(this.itemForm(i), { emitEvent: false });
    const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, c[f] ?? '']));
    this.form.reset(
      { ...texts, goalIds: (c.goals ?? []).map((g) => g.id ?? ''), itemIds: (c.items ?? []).map((i) => i.id ?? '') },
      { emitEvent: false },
    );
    this.entryErrors.set({});
    this.shape.update((n) => n + 1);
    this.foldLongPlan(p);
    if (p.abilities.canEdit) {
      this.form.enable({ emitEvent: false });
      if (!this.restoreDraft()) this.draft.restored.set(false);
    } else {
      this.form.disable({ emitEvent: false });
      this.draft.clear();
    }
  }

  /** The draft holds the ids of its goals and items: first bring the arrays to that shape, then put the values in. */
  private restoreDraft(): boolean {
    if (!this.draft.restore()) return false;
    const c = this.plan()?.content;
    const goalIds = this.form.controls.goalIds.value ?? [];
    const itemIds = this.form.controls.itemIds.value ?? [];
    // Same FormArray instances (the template's formArrayName directives keep theirs), new groups in the draft's order.
    this.goals.clear({ emitEvent: false });
    this.items.clear({ emitEvent: false });
    for (const id of goalIds) this.goals.push(this.goalForm(c?.goals?.find((g) => g.id === id) ?? { id }), { emitEvent: false });
    for (const id of itemIds) this.items.push(this.itemForm(c?.items?.find((i) => i.id === id) ?? { id }), { emitEvent: false });
    this.draft.restore();
    // Files the draft still links to stay (even if another tab let go of them).
    for (const g of [...this.goals.controls, ...this.items.controls]) {
      for (const e of g.controls.evidence.value ?? []) if (e.attachmentId) this.page.keepFile(e.attachmentId);
    }
    this.shape.update((n) => n + 1);
    return true;
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
      evidence: this.fb.control<PlanEvidence[]>(g.evidence ?? []),
    });
  }

  private itemForm(i: PlanItem): ItemForm {
    return this.fb.group({
      id: i.id ?? newId(),
      sectionKey: i.sectionKey ?? '',
      rowKey: i.rowKey ?? '',
      // Not required here: a draft saves whatever its state; an empty action is asked for on submit (beside the field).
      text: [i.text ?? '', Validators.maxLength(500)],
      goalId: i.goalId ?? '',
      expectedResult: i.expectedResult ?? '',
      product: i.product ?? '',
      evidence: this.fb.control<PlanEvidence[]>(i.evidence ?? []),
    });
  }

  // ---------- sections and the SMART rule ----------

  /** Folded sections (about, goals, each section key). A long plan (Table 18: 32 actions) opens with its action sections folded. */
  private readonly collapsed = signal<ReadonlySet<string>>(new Set());
  private foldedFor: string | null = null;

  protected isCollapsed(key: string | undefined): boolean {
    return this.collapsed().has(key ?? '');
  }

  protected anyCollapsed(): boolean {
    return this.collapsed().size > 0;
  }

  protected toggle(key: string | undefined): void {
    const next = new Set(this.collapsed());
    if (!next.delete(key ?? '')) next.add(key ?? '');
    this.collapsed.set(next);
  }

  protected toggleAll(): void {
    this.collapsed.set(this.anyCollapsed() ? new Set() : new Set(['about', 'goals', ...this.itemSections().map((s) => s.key ?? '')]));
  }

  private expandAll(): void {
    this.collapsed.set(new Set());
  }

  /** Long plans open folded once per plan (not again after each save). */
  private foldLongPlan(p: DevelopmentPlanDto): void {
    if (this.foldedFor === p.id) return;
    this.foldedFor = p.id;
    const entries = (p.content.goals?.length ?? 0) + (p.content.items?.length ?? 0);
    this.collapsed.set(entries > LONG_PLAN ? new Set(this.itemSections().map((s) => s.key ?? '')) : new Set());
  }

  protected aboutFilled(): number {
    const v = this.form.getRawValue() as unknown as Record<string, string>;
    return TEXT_FIELDS.filter((f) => (v[f] ?? '').trim().length > 0).length;
  }

  protected smartGoals(): number {
    return this.goals.controls.filter((g) => this.smart(g).ok).length;
  }

  protected sectionProgress(key: string | undefined): { count: number; linked: number } {
    const mine = this.items.controls.filter((c) => c.controls.sectionKey.value === key);
    return { count: mine.length, linked: mine.filter((c) => !!c.controls.goalId.value).length };
  }

  /** The five SMART criteria as the server checks them on submit (the deadline's range is the server's, shown beside the field). */
  protected smart(g: GoalForm): { ok: boolean; linked: boolean; criteria: { key: string; ok: boolean }[] } {
    const v = g.getRawValue();
    const id = v.id;
    const linked = this.items.controls.some((c) => c.controls.goalId.value === id);
    const criteria = [
      { key: 'Specific', ok: v.title.trim().length > 0 },
      { key: 'Measurable', ok: !!v.indicator.trim() && v.targetValue !== null && (v.targetValue as unknown) !== '' },
      { key: 'Achievable', ok: linked },
      { key: 'Relevant', ok: !!v.schoolPriority.trim() },
      { key: 'TimeBound', ok: !!v.deadline },
    ];
    return { ok: criteria.every((c) => c.ok), linked, criteria };
  }

  /** "Add an activity for this goal": a new action in the first action section, already linked, opened and scrolled to. */
  protected addItemForGoal(goalIndex: number): void {
    const section = this.itemSections()[0];
    const goalId = this.goals.at(goalIndex)?.controls.id.value;
    if (!section || !goalId) return;
    const form = this.itemForm({ sectionKey: section.key, rowKey: section.rows?.length ? section.rows[0].key : null, goalId });
    this.items.push(form);
    this.syncIds();
    const next = new Set(this.collapsed());
    next.delete(section.key ?? '');
    this.collapsed.set(next);
    setTimeout(() => {
      const card = this.host.nativeElement.querySelector<HTMLElement>(`#plan-item-${CSS.escape(form.controls.id.value)}`);
      card?.scrollIntoView({ block: 'center' });
      card?.querySelector<HTMLElement>('textarea')?.focus();
    });
  }

  // ---------- editing ----------

  protected addGoal(): void {
    const g = this.goalForm({});
    this.goals.push(g);
    this.syncIds();
  }

  protected removeGoal(index: number): void {
    const goal = this.goals.at(index);
    const id = goal.controls.id.value;
    this.release(goal.controls.evidence.value);
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
    this.release(this.items.at(index).controls.evidence.value);
    this.items.removeAt(index);
    this.syncIds();
  }

  private release(evidence: PlanEvidence[] | null | undefined): void {
    for (const e of evidence ?? []) if (e.kind === 'File' && e.attachmentId) this.page.releaseFile(e.attachmentId);
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
        evidence: g.evidence ?? o?.evidence ?? [],
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
        evidence: i.evidence ?? o?.evidence ?? [],
      };
    });
    const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, emptyNull(v[f])]));
    return { ...original, ...texts, goals, items };
  }

  /** Saves the editor; returns false (and shows why) when it did not. */
  protected async save(silent = false): Promise<boolean> {
    const p = this.plan();
    if (!p || !p.abilities.canEdit || this.page.busy()) return false;
    clearServerErrors(this.form);
    this.entryErrors.set({});
    this.page.formErrors.set([]);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.page.formErrors.set([this.l.t('UI:Plans.FixFields')]);
      this.expandAll();
      this.focusFirstInvalid();
      return false;
    }
    this.page.busy.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updateDevelopmentPlan(
          { id: p.id, body: { content: this.content(), mentorStaffMemberId: p.mentorStaffMemberId, concurrencyStamp: p.concurrencyStamp } },
          handlesErrors(),
        ),
      );
      this.draft.clear();
      this.page.plan.set(saved);
      await this.page.afterSave(saved);
      if (!silent) this.notify.success(this.l.t('UI:SavedChanges'));
      return true;
    } catch (e) {
      this.showProblem(toProblem(e), silent ? 'submit' : 'save');
      return false;
    } finally {
      this.page.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    const p = this.plan();
    if (!p || this.page.busy()) return;
    if (this.form.dirty && !(await this.save(true))) return;
    const current = this.plan()!;
    this.page.busy.set(true);
    try {
      const submitted = await firstValueFrom(
        this.api.submitDevelopmentPlan({ id: current.id, body: { concurrencyStamp: current.concurrencyStamp } }, handlesErrors()),
      );
      this.draft.clear();
      this.page.plan.set(submitted);
      this.notify.success(this.l.t('UI:Plans.SubmittedDone'));
      void this.page.loadComments();
    } catch (e) {
      this.showProblem(toProblem(e), 'submit');
    } finally {
      this.page.busy.set(false);
    }
  }

  /** Field messages go beside their fields (`goals[0].deadline`), messages about a whole goal into its card, the rest into the banner. */
  private showProblem(problem: Problem, action: 'save' | 'submit'): void {
    this.expandAll();
    if (problem.status === 409) {
      this.page.conflict.set(true);
      this.page.formErrors.set([this.l.t('UI:Plans.Conflict')]);
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
        const control = field && field !== 'evidence' ? this.form.get([area, index, field]) : null;
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
    // Saving a draft is never refused for SMART reasons: its message says the draft was not saved, not that it cannot be sent.
    if (Object.keys(entries).length || Object.keys(problem.errors).length) messages[0] = this.l.t(action === 'save' ? 'UI:Plans.SaveFix' : 'UI:Plans.SubmitFix');
    this.page.formErrors.set([...new Set(messages)]);
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

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const root = this.host.nativeElement;
      const el = root.querySelector<HTMLElement>('form .ng-invalid input, form textarea.ng-invalid, form input.ng-invalid');
      (el ?? root.querySelector<HTMLElement>('[data-testid="form-error"]'))?.focus();
    });
  }
}

/** More goals and actions than this: the action sections open folded, each with its progress. */
const LONG_PLAN = 12;

/** Which goal fields make each SMART criterion (Achievable is about the activities linked to the goal). */
const SMART_FIELDS: Record<string, string[]> = {
  Specific: ['title'],
  Measurable: ['indicator', 'targetValue'],
  Relevant: ['schoolPriority'],
  TimeBound: ['deadline'],
};

function newId(): string {
  return crypto.randomUUID();
}
