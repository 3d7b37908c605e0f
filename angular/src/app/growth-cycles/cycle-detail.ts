import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import {
  GrowthArtefactDto, GrowthArtefactKind, GrowthCompetenceDto, GrowthCycleDto, GrowthCycleStage, GrowthGuidanceDto, GrowthStageViewDto,
} from '../api/models';
import { GrowthCyclesService } from '../api/services';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { Problem, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';
import { ArtefactFields } from './artefact-fields';
import { applyContentErrors, contentForm, isKindValid, shapeToDraft, toContent } from './artefact-form';
import { ArtefactView } from './artefact-view';
import { DOCUMENT_KINDS, STAGES, cycleStatusChip, nextStage, stageNumber } from './cycle-utils';
import { StageStepper } from './stage-stepper';

type Group = FormGroup<Record<string, AbstractControl>>;

interface Editor {
  kind: GrowthArtefactKind;
  artefact: GrowthArtefactDto | null;
  form: Group;
  shared: FormControl<boolean>;
  draft: FormDraft;
}

const CONFLICT = 'Common:ConcurrencyConflict';

/** `/growth-cycles/:id`: the cycle's stages, each with its guidance and artefacts; moving between stages; closing the cycle. */
@Component({
  selector: 'app-cycle-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule,
    MatProgressBarModule, MatSelectModule, MatSlideToggleModule, TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, NotFoundView,
    PageHeader, StaffPicker, StageStepper, ArtefactFields, ArtefactView,
  ],
  templateUrl: './cycle-detail.html',
  styleUrl: './cycle-detail.scss',
})
export class CycleDetail implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(GrowthCyclesService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly drafts = inject(DraftService);
  private readonly confirm = inject(ConfirmService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly l = inject(LocalizationService);

  protected readonly chip = cycleStatusChip;
  protected readonly stageNumber = stageNumber;

  protected readonly cycle = signal<GrowthCycleDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly conflict = signal(false);
  protected readonly pageErrors = signal<string[]>([]);
  protected readonly moveErrors = signal<string[]>([]);
  protected readonly editorErrors = signal<string[]>([]);
  protected readonly focusErrors = signal<string[]>([]);
  protected readonly competences = signal<GrowthCompetenceDto[]>([]);
  protected readonly wheelDefaults = signal<string[]>([]);
  protected readonly guidance = signal<GrowthGuidanceDto[]>([]);
  protected readonly selected = signal<GrowthCycleStage>('Action');
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly editor = signal<Editor | null>(null);
  protected readonly panel = signal<'none' | 'back' | 'complete' | 'cancel' | 'focus'>('none');

  protected readonly abilities = computed(() => this.cycle()?.abilities ?? null);
  protected readonly isActive = computed(() => this.cycle()?.status === 'Active');
  protected readonly stageView = computed<GrowthStageViewDto | null>(() => this.cycle()?.stages.find((s) => s.stage === this.selected()) ?? null);
  protected readonly completedStages = computed(() => (this.cycle()?.stages ?? []).filter((s) => s.isCompleted).map((s) => s.stage));
  protected readonly isCurrentSelected = computed(() => this.cycle()?.currentStage === this.selected());
  protected readonly next = computed(() => {
    const c = this.cycle();
    return c ? nextStage(c.currentStage) : null;
  });
  protected readonly earlierStages = computed(() => {
    const c = this.cycle();
    return c ? STAGES.slice(0, STAGES.indexOf(c.currentStage)) : [];
  });
  /** Kinds the current stage can take now (the selected stage must be the current one of an active cycle). */
  protected readonly addableKinds = computed(() => (this.isCurrentSelected() && this.abilities()?.canEdit ? this.stageView()?.allowedKinds ?? [] : []));
  /** New-artefact drafts kept from an earlier visit, offered to continue. */
  protected readonly pendingDrafts = computed(() => {
    const c = this.cycle();
    if (!c || !this.abilities()?.canEdit || this.editor()) return [];
    return this.addableKinds().filter((k) => this.drafts.exists(this.draftKey(c.id, k, null)));
  });
  /** The stage's guidance by where it comes from (Table 1 or 2, Table 3, the school's own rows), in the server's order. */
  protected readonly guidanceGroups = computed(() => {
    const groups: { source: string; items: GrowthGuidanceDto[]; columns: GrowthGuidanceDto['columns'] }[] = [];
    for (const g of this.guidance()) {
      const group = groups.find((x) => x.source === g.source);
      if (group) {
        group.items.push(g);
        group.columns ??= g.columns;
      } else groups.push({ source: g.source, items: [g], columns: g.columns });
    }
    return groups;
  });
  protected readonly competenceNames = computed(() => {
    const all = this.competences();
    return (this.cycle()?.competenceCodes ?? []).map((code) => {
      const c = all.find((x) => x.code === code);
      return c ? `${c.code} ${c.name}` : code;
    });
  });

  protected readonly backForm = this.fb.group({
    target: this.fb.control<GrowthCycleStage | null>(null, Validators.required),
    reason: ['', [Validators.required, Validators.maxLength(1000)]],
  });
  protected readonly completeForm = this.fb.group({ nextGrowthZone: ['', Validators.maxLength(500)] });
  protected readonly cancelForm = this.fb.group({ reason: ['', [Validators.required, Validators.maxLength(1000)]] });
  protected readonly focusForm = this.fb.group({
    growthZone: ['', [Validators.required, Validators.maxLength(500)]],
    competenceCodes: this.fb.control<string[]>([]),
    mentorStaffMemberId: this.fb.control<string | null>(null),
    mentorName: this.fb.control<string | null>(null),
  });

  ngOnInit(): void {
    void this.load(true);
    this.api.getCompetenceList(undefined, handlesErrors()).subscribe({ next: (c) => this.competences.set(c), error: () => this.competences.set([]) });
    this.api.getWheelSectors(undefined, handlesErrors()).subscribe({ next: (w) => this.wheelDefaults.set(w.sectors), error: () => undefined });
  }

  // ---------- reading ----------

  protected selectStage(stage: GrowthCycleStage): void {
    this.selected.set(stage);
    this.loadGuidance();
  }

  protected artefactsOf(stage: GrowthStageViewDto | null): GrowthArtefactDto[] {
    return stage?.artefacts ?? [];
  }

  protected isExpanded(a: GrowthArtefactDto): boolean {
    return this.expanded().has(a.id);
  }

  protected toggle(a: GrowthArtefactDto): void {
    const set = new Set(this.expanded());
    if (set.has(a.id)) set.delete(a.id);
    else set.add(a.id);
    this.expanded.set(set);
  }

  protected summary(a: GrowthArtefactDto): string {
    const c = a.content;
    const parts = [c.title, c.className && c.subject ? `${c.subject}, ${c.className}` : c.className || c.subject];
    if (!parts.some((p) => p)) parts.push(c.text ?? c.observationSummary ?? c.coaching?.growthPoints?.[0] ?? c.goals?.[0]?.title ?? c.methods?.[0] ?? c.growthZones?.[0]);
    const text = parts.filter((p) => !!p).join(' · ');
    return text.length > 140 ? text.slice(0, 140) + '…' : text;
  }

  protected hasDocument(a: GrowthArtefactDto): boolean {
    return DOCUMENT_KINDS.includes(a.kind);
  }

  protected docUrl(a: GrowthArtefactDto, culture: string): string {
    const path = GrowthCyclesService.GetCycleArtefactDocumentPath.replace('{id}', encodeURIComponent(a.cycleId)).replace('{artefactId}', encodeURIComponent(a.id));
    return `${this.rootUrl}${path}?culture=${culture}`;
  }

  protected isDeletable(a: GrowthArtefactDto): boolean {
    return !!this.abilities()?.canEdit && a.kind !== 'EntryDiagnostic';
  }

  private async load(first = false): Promise<void> {
    this.loading.set(true);
    try {
      const c = await firstValueFrom(this.api.getGrowthCycle({ id: this.id() }, handlesErrors()));
      this.show(c, first);
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400 || problem.status === 403) this.notFound.set(true);
      else this.pageErrors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private show(c: GrowthCycleDto, selectCurrent: boolean): void {
    this.cycle.set(c);
    this.conflict.set(false);
    if (selectCurrent || !c.stages.some((s) => s.stage === this.selected())) this.selected.set(c.currentStage);
    this.focusForm.reset({
      growthZone: c.growthZone, competenceCodes: [...c.competenceCodes], mentorStaffMemberId: c.mentorStaffMemberId, mentorName: c.mentorName,
    });
    this.loadGuidance();
  }

  /** Guidance depends on the stage and the participant only: a reload after saving an artefact does not fetch it again. */
  private loadGuidance(): void {
    const c = this.cycle();
    if (!c) return;
    const key = `${this.selected()}|${c.participantKind}|${c.category}`;
    if (key === this.guidanceKey) return;
    this.guidanceKey = key;
    this.api
      .getStageGuidanceList(
        { stage: this.selected(), participantKind: c.participantKind, category: c.participantKind === 'Teacher' ? c.category : undefined },
        handlesErrors(),
      )
      .subscribe({
        next: (g) => this.guidance.set(g),
        error: () => {
          this.guidance.set([]);
          this.guidanceKey = null;
        },
      });
  }

  private guidanceKey: string | null = null;

  // ---------- artefacts ----------

  private draftKey(cycleId: string, kind: GrowthArtefactKind, artefactId: string | null): string {
    return `growth-artefact:${cycleId}:${artefactId ?? 'new:' + kind}`;
  }

  protected openEditor(kind: GrowthArtefactKind, artefact: GrowthArtefactDto | null = null): void {
    const c = this.cycle();
    if (!c) return;
    const form = contentForm(artefact?.content ?? this.initialContent(kind), this.competences(), this.wheelDefaults());
    const shared = new FormControl(artefact?.sharedWithMentor ?? !!c.mentorStaffMemberId, { nonNullable: true });
    const draft = this.drafts.track(this.draftKey(c.id, kind, artefact?.id ?? null), form, { restoreNow: false }, this.destroyRef);
    const stored = draft.peek();
    if (stored) {
      shapeToDraft(form, stored);
      draft.restore();
    }
    this.editorErrors.set([]);
    this.editor.set({ kind, artefact, form, shared, draft });
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid="artefact-editor"] h3')?.focus());
  }

  /** A new goal-setting starts from the goals the previous cycle did not achieve. */
  private initialContent(kind: GrowthArtefactKind) {
    const carried = this.cycle()?.carriedOverGoals ?? [];
    return kind === 'GoalSetting' && carried.length ? { goals: carried.map((g) => ({ ...g, achieved: false })) } : {};
  }

  protected closeEditor(discard: boolean): void {
    if (discard) this.editor()?.draft.clear();
    this.editor.set(null);
    this.editorErrors.set([]);
  }

  protected async saveArtefact(): Promise<void> {
    const c = this.cycle();
    const e = this.editor();
    if (!c || !e || this.busy()) return;
    clearServerErrors(e.form);
    this.editorErrors.set([]);
    e.form.markAllAsTouched();
    if (!isKindValid(e.kind, e.form)) {
      this.editorErrors.set([this.l.t('UI:Growth.FixFields')]);
      return;
    }
    const content = toContent(e.kind, e.form);
    this.busy.set(true);
    try {
      const saved = e.artefact
        ? await firstValueFrom(this.api.updateCycleArtefact(
          { id: c.id, artefactId: e.artefact.id, body: { content, sharedWithMentor: e.shared.value, concurrencyStamp: e.artefact.concurrencyStamp } },
          handlesErrors(),
        ))
        : await firstValueFrom(this.api.addCycleArtefact({ id: c.id, body: { kind: e.kind, content, sharedWithMentor: e.shared.value } }, handlesErrors()));
      e.draft.clear();
      this.editor.set(null);
      this.expanded.set(new Set([...this.expanded(), saved.id]));
      this.notify.success(this.l.t('UI:Growth.ArtefactSaved'));
      await this.load();
    } catch (err) {
      const problem = toProblem(err);
      if (problem.code === CONFLICT) {
        this.conflict.set(true);
        this.editorErrors.set([this.l.t('UI:Growth.Conflict')]);
      } else {
        const unmatched = applyContentErrors(e.form, problem.errors);
        const fieldsHadErrors = Object.keys(problem.errors).length > unmatched.length;
        this.editorErrors.set([
          ...(fieldsHadErrors ? [this.l.t('UI:Growth.FixFields')] : [problemMessage(problem, (k) => this.l.t(k))]),
          ...unmatched,
        ]);
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected async deleteArtefact(a: GrowthArtefactDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Growth.DeleteTitle'), message: this.l.t('UI:Growth.DeleteConfirm'), confirm: this.l.t('UI:Delete'), danger: true,
    });
    if (!ok) return;
    await this.run(() => this.api.deleteCycleArtefact({ id: a.cycleId, artefactId: a.id }, handlesErrors()), 'UI:Growth.ArtefactDeleted', this.pageErrors);
  }

  // ---------- stages ----------

  protected async moveForward(): Promise<void> {
    const c = this.cycle();
    const target = this.next();
    if (!c || !target) return;
    const done = await this.run(
      () => this.api.moveGrowthCycle({ id: c.id, body: { targetStage: target, concurrencyStamp: c.concurrencyStamp } }, handlesErrors()),
      'UI:Growth.MovedForward', this.moveErrors,
    );
    if (done) this.selectStage(target);
  }

  protected async moveBack(): Promise<void> {
    const c = this.cycle();
    this.backForm.markAllAsTouched();
    if (!c || this.backForm.invalid) return;
    const { target, reason } = this.backForm.getRawValue();
    const done = await this.run(
      () => this.api.moveGrowthCycle({ id: c.id, body: { targetStage: target!, reason: reason.trim(), concurrencyStamp: c.concurrencyStamp } }, handlesErrors()),
      'UI:Growth.MovedBack', this.moveErrors,
    );
    if (done) {
      this.backForm.reset();
      this.panel.set('none');
      this.selectStage(target!);
    }
  }

  protected async completeCycle(): Promise<void> {
    const c = this.cycle();
    if (!c || this.busy()) return;
    this.busy.set(true);
    this.moveErrors.set([]);
    try {
      const result = await firstValueFrom(this.api.completeGrowthCycle(
        { id: c.id, body: { nextGrowthZone: this.completeForm.getRawValue().nextGrowthZone.trim() || null, concurrencyStamp: c.concurrencyStamp } },
        handlesErrors(),
      ));
      this.notify.success(this.l.t('UI:Growth.CycleCompleted'));
      this.panel.set('none');
      await this.router.navigate(['/growth-cycles', result.next.id]);
    } catch (err) {
      this.showProblem(toProblem(err), this.moveErrors);
    } finally {
      this.busy.set(false);
    }
  }

  protected async cancelCycle(): Promise<void> {
    const c = this.cycle();
    this.cancelForm.markAllAsTouched();
    if (!c || this.cancelForm.invalid) return;
    const done = await this.run(
      () => this.api.cancelGrowthCycle({ id: c.id, body: { reason: this.cancelForm.getRawValue().reason.trim(), concurrencyStamp: c.concurrencyStamp } }, handlesErrors()),
      'UI:Growth.CycleCancelled', this.moveErrors,
    );
    if (done) this.panel.set('none');
  }

  protected mentorPicked(m: StaffRef): void {
    this.focusForm.patchValue({ mentorStaffMemberId: m.id, mentorName: m.fullName });
    this.focusForm.markAsDirty();
  }

  protected clearMentor(): void {
    this.focusForm.patchValue({ mentorStaffMemberId: null, mentorName: null });
    this.focusForm.markAsDirty();
  }

  protected async saveFocus(): Promise<void> {
    const c = this.cycle();
    this.focusForm.markAllAsTouched();
    if (!c || this.focusForm.invalid) return;
    const v = this.focusForm.getRawValue();
    const done = await this.run(
      () => this.api.updateGrowthCycle(
        { id: c.id, body: { growthZone: v.growthZone.trim(), competenceCodes: v.competenceCodes, mentorStaffMemberId: v.mentorStaffMemberId, concurrencyStamp: c.concurrencyStamp } },
        handlesErrors(),
      ),
      'UI:SavedChanges', this.focusErrors,
    );
    if (done) this.panel.set('none');
  }

  protected togglePanel(p: 'back' | 'complete' | 'cancel' | 'focus'): void {
    this.moveErrors.set([]);
    this.focusErrors.set([]);
    this.panel.set(this.panel() === p ? 'none' : p);
  }

  protected async reloadAfterConflict(): Promise<void> {
    this.pageErrors.set([]);
    this.moveErrors.set([]);
    await this.load();
  }

  private async run(call: () => Observable<unknown>, doneKey: string, errors: ReturnType<typeof signal<string[]>>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    errors.set([]);
    try {
      await firstValueFrom(call(), { defaultValue: undefined });
      this.notify.success(this.l.t(doneKey));
      await this.load();
      return true;
    } catch (err) {
      this.showProblem(toProblem(err), errors);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private showProblem(problem: Problem, errors: ReturnType<typeof signal<string[]>>): void {
    if (problem.code === CONFLICT) {
      this.conflict.set(true);
      errors.set([this.l.t('UI:Growth.Conflict')]);
      return;
    }
    errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...Object.values(problem.errors).flat()])]);
  }
}
