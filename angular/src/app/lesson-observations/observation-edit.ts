import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CreateLessonObservationDto, LessonObservationDto, ObjectivesMatch, ObservationFormDto, ObservationPurpose } from '../api/models';
import { LessonObservationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { Problem, applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { emptyToNull } from '../shared/format';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';
import { DATE_FIELD } from '../core/i18n/date-adapter';

type NoteGroup = FormGroup<{ minute: FormControl<number | null>; text: FormControl<string> }>;

/** `/lesson-observations/new` and `/lesson-observations/:id/edit`: the observer records the lesson. */
@Component({
  selector: 'app-observation-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatRadioModule,
    MatSelectModule, TPipe, EnumTextPipe, FieldError, FormBanner, DraftBanner, NotFoundView, PageHeader, StaffPicker,
  ],
  template: `
    @if (notFound()) {
      <app-not-found-view backLink="/lesson-observations" backKey="UI:Obs.BackToList" />
    } @else {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
        <a routerLink="/lesson-observations">{{ 'Menu:LessonObservations' | t }}</a>
      </nav>
      <app-page-header [title]="(isNew() ? 'UI:Obs.New' : 'UI:Obs.Edit') | t" [subtitle]="'UI:Obs.EditSubtitle' | t" />
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <app-draft-banner [visible]="draftRestored()" (discard)="discardDraft()" />
      @if (conflict()) {
        <div class="banner banner--error" role="alert" data-testid="obs-conflict">
          <mat-icon aria-hidden="true">sync_problem</mat-icon>
          <p>{{ 'UI:Obs.Conflict' | t }}</p>
          <button mat-button type="button" (click)="reloadRecord()" data-testid="obs-conflict-reload">{{ 'UI:Obs.Reload' | t }}</button>
        </div>
      }

      <form class="surface form-panel" [formGroup]="form" (ngSubmit)="save()" novalidate data-testid="obs-form">
        <app-form-banner [messages]="formErrors()" />

        <fieldset class="form-section plain-fieldset">
          <legend class="form-section__title">{{ 'UI:Obs.SectionLesson' | t }}</legend>
          <div class="form-grid">
            @if (isNew()) {
              <div class="span-2">
                <app-staff-picker label="UI:Obs.PickTeacher" hint="UI:Obs.PickTeacherHint" testId="obs-teacher" (picked)="pickTeacher($event)" />
                @if (form.controls.observedName.value) {
                  <p class="obs-picked" data-testid="obs-teacher-picked">
                    <mat-icon aria-hidden="true">person</mat-icon>{{ form.controls.observedName.value }}
                  </p>
                }
                @if (form.controls.observedStaffMemberId.touched && form.controls.observedStaffMemberId.invalid) {
                  <p class="field-error-text" role="alert" data-testid="obs-teacher-error">
                    <app-field-error [control]="form.controls.observedStaffMemberId" />
                  </p>
                }
              </div>
              <mat-form-field class="span-2">
                <mat-label>{{ 'DisplayName:Purpose' | t }}</mat-label>
                <mat-select formControlName="purpose" data-testid="obs-purpose">
                  <mat-option value="Developmental">{{ 'Developmental' | enumText: 'ObservationPurpose' }}</mat-option>
                  @if (canEvaluate) {
                    <mat-option value="Evaluation">{{ 'Evaluation' | enumText: 'ObservationPurpose' }}</mat-option>
                  }
                </mat-select>
                <mat-hint>{{ (form.controls.purpose.value === 'Evaluation' ? 'UI:Obs.EvaluationHint' : 'UI:Obs.DevelopmentalHint') | t }}</mat-hint>
                <mat-error><app-field-error [control]="form.controls.purpose" /></mat-error>
              </mat-form-field>
            } @else if (record(); as r) {
              <p class="span-2">
                <strong>{{ r.observedName }}</strong> · {{ r.purpose | enumText: 'ObservationPurpose' }}
              </p>
            }
            <mat-form-field>
              <mat-label>{{ 'DisplayName:LessonDate' | t }}</mat-label>
              <input matInput [matDatepicker]="dp1" formControlName="lessonDate" required data-testid="obs-lessonDate" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
              <mat-error><app-field-error [control]="form.controls.lessonDate" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'DisplayName:ClassName' | t }}</mat-label>
              <input matInput formControlName="className" data-testid="obs-className" />
              <mat-hint>{{ 'UI:Obs.ClassHint' | t }}</mat-hint>
              <mat-error><app-field-error [control]="form.controls.className" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'DisplayName:Subject' | t }}</mat-label>
              <input matInput formControlName="subject" data-testid="obs-subject" />
              <mat-error><app-field-error [control]="form.controls.subject" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'DisplayName:Topic' | t }}</mat-label>
              <input matInput formControlName="topic" data-testid="obs-topic" />
              <mat-error><app-field-error [control]="form.controls.topic" /></mat-error>
            </mat-form-field>
            <mat-form-field class="span-2">
              <mat-label>{{ 'DisplayName:LearningObjectives' | t }}</mat-label>
              <textarea matInput rows="2" formControlName="learningObjectives" data-testid="obs-objectives"></textarea>
              <mat-error><app-field-error [control]="form.controls.learningObjectives" /></mat-error>
            </mat-form-field>
            <mat-form-field class="span-2">
              <mat-label>{{ 'DisplayName:Focus' | t }}</mat-label>
              <input matInput formControlName="focus" data-testid="obs-focus" />
              <mat-hint>{{ 'UI:Obs.FocusHint' | t }}</mat-hint>
              <mat-error><app-field-error [control]="form.controls.focus" /></mat-error>
            </mat-form-field>
          </div>
        </fieldset>

        <fieldset class="form-section plain-fieldset">
          <legend class="form-section__title">{{ 'UI:Obs.Notes' | t }}</legend>
          <p class="cell-secondary">{{ 'UI:Obs.NotesHint' | t }}</p>
          <div formArrayName="notes">
            @for (n of form.controls.notes.controls; track n; let i = $index) {
              <div class="obs-note" [formGroupName]="i">
                <mat-form-field class="obs-note__minute">
                  <mat-label>{{ 'DisplayName:Minute' | t }}</mat-label>
                  <input matInput type="number" min="0" max="300" formControlName="minute" [attr.data-testid]="'obs-note-minute-' + i" />
                  <mat-error><app-field-error [control]="n.controls.minute" /></mat-error>
                </mat-form-field>
                <mat-form-field class="obs-note__text">
                  <mat-label>{{ 'UI:Obs.NoteText' | t }}</mat-label>
                  <textarea matInput rows="1" formControlName="text" [attr.data-testid]="'obs-note-text-' + i"></textarea>
                  <mat-error><app-field-error [control]="n.controls.text" /></mat-error>
                </mat-form-field>
                <button mat-icon-button type="button" (click)="stampNow(i)" [attr.aria-label]="'UI:Obs.Now' | t" [attr.data-testid]="'obs-note-now-' + i">
                  <mat-icon>schedule</mat-icon>
                </button>
                <button mat-icon-button type="button" (click)="removeNote(i)" [attr.aria-label]="'UI:Remove' | t">
                  <mat-icon>delete</mat-icon>
                </button>
              </div>
            }
          </div>
          <button mat-stroked-button type="button" (click)="addNote()" data-testid="obs-note-add">
            <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Obs.AddNote' | t }}
          </button>
        </fieldset>

        <fieldset class="form-section plain-fieldset">
          <legend class="form-section__title">{{ 'UI:Obs.SectionConclusions' | t }}</legend>
          <div class="form-grid">
            <mat-form-field class="span-2">
              <mat-label>{{ 'DisplayName:Strengths' | t }}</mat-label>
              <textarea matInput rows="3" formControlName="strengths" data-testid="obs-strengths"></textarea>
              <mat-error><app-field-error [control]="form.controls.strengths" /></mat-error>
            </mat-form-field>
            <mat-form-field class="span-2">
              <mat-label>{{ 'DisplayName:GrowthPoints' | t }}</mat-label>
              <textarea matInput rows="3" formControlName="growthPoints" data-testid="obs-growth"></textarea>
              <mat-hint>{{ 'UI:Obs.GrowthHint' | t }}</mat-hint>
              <mat-error><app-field-error [control]="form.controls.growthPoints" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'DisplayName:ObjectivesMatched' | t }}</mat-label>
              <mat-select formControlName="objectivesMatched" data-testid="obs-objectivesMatched">
                @for (m of matches; track m) {
                  <mat-option [value]="m">{{ m | enumText: 'ObjectivesMatch' }}</mat-option>
                }
              </mat-select>
              <mat-error><app-field-error [control]="form.controls.objectivesMatched" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Obs.Sheet' | t }}</mat-label>
              <mat-select formControlName="formId" (selectionChange)="sheetChanged()" data-testid="obs-sheet">
                <mat-option [value]="null">{{ 'UI:Obs.NoSheet' | t }}</mat-option>
                @for (f of sheets(); track f.id) {
                  <mat-option [value]="f.id">{{ f.name }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ 'UI:Obs.SheetHint' | t }}</mat-hint>
              <mat-error><app-field-error [control]="form.controls.formId" /></mat-error>
            </mat-form-field>
          </div>
          @if (sheet(); as s) {
            <div formGroupName="scores" class="obs-scores" data-testid="obs-scores">
              @for (c of s.criteria; track c.key; let i = $index) {
                <div class="obs-criterion" role="radiogroup" [attr.aria-label]="c.text">
                  <p class="obs-criterion__text">{{ i + 1 }}. {{ criterionText(c) }}</p>
                  <mat-radio-group [formControlName]="c.key" class="obs-criterion__scale">
                    @for (v of scale(); track v) {
                      <mat-radio-button [value]="v" [attr.data-testid]="'obs-score-' + c.key + '-' + v">{{ v }}</mat-radio-button>
                    }
                  </mat-radio-group>
                  @if (form.controls.scores.get(c.key)?.hasError('server')) {
                    <p class="field-error-text" role="alert"><app-field-error [control]="form.controls.scores.get(c.key)!" /></p>
                  }
                </div>
              }
              <p class="obs-total" data-testid="obs-score-total">{{ 'UI:Obs.ScoreTotal' | t: scoreTotal() : scoreMax() }}</p>
            </div>
          }
        </fieldset>

        <div class="form-actions">
          <a mat-button [routerLink]="record() ? ['/lesson-observations', record()!.id] : ['/lesson-observations']">{{ 'UI:Cancel' | t }}</a>
          <button mat-flat-button type="submit" [disabled]="saving() || !!(record() && !record()!.abilities.canEdit)" data-testid="obs-save">{{ 'UI:Save' | t }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .obs-picked { display: flex; align-items: center; gap: 6px; margin: 4px 0 0; }
    .field-error-text { color: var(--mat-sys-error); margin: 4px 0 0; font: var(--mat-sys-body-small); }
    .obs-note { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 4px 8px; }
    .obs-note__minute { width: 96px; }
    .obs-note__text { flex: 1 1 200px; min-width: 0; }
    .obs-scores { display: flex; flex-direction: column; gap: 8px; margin-top: 12px; }
    .obs-criterion { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 8px; }
    .obs-criterion__text { margin: 0 0 4px; overflow-wrap: anywhere; }
    .obs-criterion__scale { display: flex; flex-wrap: wrap; gap: 4px 12px; }
    .obs-total { font: var(--mat-sys-title-small); }
  `,
})
export class ObservationEdit implements OnInit {
  readonly id = input<string>();

  private readonly api = inject(LessonObservationsService);
  private readonly config = inject(AppConfigService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly drafts = inject(DraftService);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder);
  /** Minutes in the "now" helper count from when the page was opened (the observer opens it as the lesson starts). */
  private readonly openedAt = Date.now();

  protected readonly canEvaluate = this.config.isGranted(Permissions.LessonObservationsEvaluate);
  protected readonly matches: ObjectivesMatch[] = ['NotAssessed', 'Yes', 'Partly', 'No'];
  protected readonly isNew = computed(() => !this.id());
  protected readonly record = signal<LessonObservationDto | null>(null);
  protected readonly sheets = signal<ObservationFormDto[]>([]);
  protected readonly sheet = signal<ObservationFormDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly conflict = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  private readonly scoresVersion = signal(0);

  protected readonly form = this.fb.group({
    observedStaffMemberId: this.fb.control<string | null>(null),
    observedName: this.fb.nonNullable.control(''),
    purpose: this.fb.nonNullable.control<ObservationPurpose>('Developmental'),
    lessonDate: this.fb.control<string | null>(today(), Validators.required),
    className: this.fb.nonNullable.control('', Validators.maxLength(32)),
    subject: this.fb.nonNullable.control('', Validators.maxLength(128)),
    topic: this.fb.control<string | null>(null, Validators.maxLength(256)),
    learningObjectives: this.fb.control<string | null>(null, Validators.maxLength(2000)),
    focus: this.fb.control<string | null>(null, Validators.maxLength(512)),
    notes: this.fb.array<NoteGroup>([]),
    strengths: this.fb.control<string | null>(null, Validators.maxLength(4000)),
    growthPoints: this.fb.control<string | null>(null, Validators.maxLength(4000)),
    objectivesMatched: this.fb.nonNullable.control<ObjectivesMatch>('NotAssessed'),
    formId: this.fb.control<string | null>(null),
    scores: this.fb.group<Record<string, FormControl<number | null>>>({}),
  });

  protected readonly scale = computed(() => {
    const s = this.sheet();
    if (!s) return [];
    const out: number[] = [];
    for (let v = Number(s.scaleMin); v <= Number(s.scaleMax); v++) out.push(v);
    return out;
  });
  private readonly scoreValues = signal<Record<string, number | null>>({});
  protected readonly scoreTotal = computed(() => Object.values(this.scoreValues()).reduce<number>((a, v) => a + (v ?? 0), 0));
  protected readonly scoreMax = computed(() => {
    this.scoresVersion();
    const s = this.sheet();
    return s ? Number(s.scaleMax) * s.criteria.length : 0;
  });

  private draft: FormDraft | null = null;

  constructor() {
    this.form.controls.scores.valueChanges.subscribe(() => this.scoreValues.set({ ...this.form.controls.scores.getRawValue() }));
  }

  ngOnInit(): void {
    this.draft = this.drafts.track(`lesson-observation:${this.id() ?? 'new'}`, this.form, { restoreNow: false }, this.destroyRef);
    void this.init();
  }

  private async init(): Promise<void> {
    this.loading.set(true);
    try {
      const sheets = await firstValueFrom(this.api.getObservationFormList(undefined, handlesErrors())).catch(() => [] as ObservationFormDto[]);
      this.sheets.set(sheets);
      if (!this.isNew()) await this.loadRecord();
      this.restoreDraft();
    } finally {
      this.loading.set(false);
    }
  }

  private async loadRecord(): Promise<void> {
    try {
      const r = await firstValueFrom(this.api.getLessonObservation({ id: this.id()! }, handlesErrors()));
      this.applyRecord(r);
    } catch (e) {
      const p = toProblem(e);
      if (p.status === 404 || p.status === 400) this.notFound.set(true);
      else this.formErrors.set([problemMessage(p, (k) => this.l.t(k))]);
    }
  }

  private applyRecord(r: LessonObservationDto): void {
    this.record.set(r);
    this.conflict.set(false); // the banner goes once the fresh record (and its stamp) is in, not when a reload starts
    this.setNotes(r.notes.length);
    this.selectSheet(r.formId);
    const scores: Record<string, number | null> = {};
    for (const s of r.scores) scores[s.criterionKey] = s.score === undefined ? null : Number(s.score);
    this.form.reset(
      {
        observedStaffMemberId: r.observedStaffMemberId,
        observedName: r.observedName,
        purpose: r.purpose,
        lessonDate: r.lessonDate,
        className: r.className,
        subject: r.subject,
        topic: r.topic,
        learningObjectives: r.learningObjectives,
        focus: r.focus,
        notes: r.notes.map((n) => ({ minute: n.minute === undefined ? null : Number(n.minute), text: n.text })),
        strengths: r.strengths,
        growthPoints: r.growthPoints,
        objectivesMatched: r.objectivesMatched,
        formId: r.formId,
        scores,
      },
      { emitEvent: false },
    );
    this.scoreValues.set({ ...this.form.controls.scores.getRawValue() });
    if (!r.abilities.canEdit) this.form.disable({ emitEvent: false });
  }

  /** The draft service patches values only into existing controls: size the notes and the sheet's scores first. */
  private restoreDraft(): void {
    const stored = this.peekDraft();
    if (stored) {
      if (Array.isArray(stored['notes'])) this.setNotes((stored['notes'] as unknown[]).length);
      if ('formId' in stored) this.selectSheet((stored['formId'] as string | null) ?? null);
    }
    this.draft?.restore();
    this.scoreValues.set({ ...this.form.controls.scores.getRawValue() });
  }

  private peekDraft(): Record<string, unknown> | null {
    const user = this.config.currentUser()?.id ?? 'anonymous';
    const tenant = this.config.currentTenant()?.id ?? 'host';
    try {
      const raw = localStorage.getItem(`kemel.draft.${tenant}.${user}.lesson-observation:${this.id() ?? 'new'}`);
      const parsed = raw ? (JSON.parse(raw) as { value?: Record<string, unknown> }) : null;
      return parsed?.value ?? null;
    } catch {
      return null;
    }
  }

  protected draftRestored(): boolean {
    return this.draft?.restored() ?? false;
  }

  protected async discardDraft(): Promise<void> {
    this.draft?.clear();
    if (this.isNew()) {
      this.setNotes(0);
      this.selectSheet(null);
      this.form.reset({ purpose: 'Developmental', lessonDate: today(), objectivesMatched: 'NotAssessed', className: '', subject: '', observedName: '' });
    } else {
      await this.loadRecord();
    }
  }

  protected async reloadRecord(): Promise<void> {
    this.formErrors.set([]);
    await this.loadRecord();
  }

  protected pickTeacher(s: StaffRef): void {
    this.form.patchValue({ observedStaffMemberId: s.id, observedName: s.fullName });
    this.form.markAsDirty();
    this.form.controls.observedStaffMemberId.setErrors(null);
  }

  private setNotes(count: number): void {
    const arr = this.form.controls.notes;
    while (arr.length > count) arr.removeAt(arr.length - 1, { emitEvent: false });
    while (arr.length < count) arr.push(this.noteGroup(), { emitEvent: false });
  }

  private noteGroup(minute: number | null = null): NoteGroup {
    return this.fb.group({
      minute: this.fb.control<number | null>(minute, [Validators.min(0), Validators.max(300)]),
      text: this.fb.nonNullable.control('', Validators.maxLength(2000)),
    });
  }

  protected addNote(): void {
    this.form.controls.notes.push(this.noteGroup(this.minutesSinceOpen()));
    this.form.markAsDirty();
    setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="obs-note-text-${this.form.controls.notes.length - 1}"]`)?.focus());
  }

  protected removeNote(i: number): void {
    this.form.controls.notes.removeAt(i);
    this.form.markAsDirty();
  }

  protected stampNow(i: number): void {
    this.form.controls.notes.at(i).controls.minute.setValue(this.minutesSinceOpen());
    this.form.markAsDirty();
  }

  private minutesSinceOpen(): number {
    return Math.max(0, Math.floor((Date.now() - this.openedAt) / 60000));
  }

  protected sheetChanged(): void {
    this.selectSheet(this.form.controls.formId.value);
    this.scoreValues.set({ ...this.form.controls.scores.getRawValue() });
  }

  private selectSheet(id: string | null): void {
    const s = id ? (this.sheets().find((f) => f.id === id) ?? null) : null;
    const group = this.form.controls.scores;
    for (const key of Object.keys(group.controls)) {
      if (!s?.criteria.some((c) => c.key === key)) (group as unknown as FormGroup).removeControl(key, { emitEvent: false });
    }
    for (const c of s?.criteria ?? []) {
      if (!group.contains(c.key)) group.addControl(c.key, new FormControl<number | null>(null), { emitEvent: false });
    }
    this.sheet.set(s);
    this.scoresVersion.update((v) => v + 1);
  }

  protected criterionText(c: { text: string; textKk: string; textRu: string }): string {
    const culture = this.l.culture();
    if (culture === 'kk') return c.textKk || c.text;
    if (culture === 'ru') return c.textRu || c.text;
    return c.text;
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.formErrors.set([]);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    const v = this.form.getRawValue();
    const scoreKeys = this.sheet()?.criteria.map((c) => c.key).filter((k) => v.scores[k] !== null && v.scores[k] !== undefined) ?? [];
    const body: CreateLessonObservationDto = {
      observedStaffMemberId: v.observedStaffMemberId,
      purpose: v.purpose,
      lessonDate: v.lessonDate,
      className: v.className.trim(),
      subject: v.subject.trim(),
      topic: emptyToNull(v.topic),
      learningObjectives: emptyToNull(v.learningObjectives),
      focus: emptyToNull(v.focus),
      notes: v.notes.map((n) => ({ minute: n.minute ?? 0, text: n.text })),
      strengths: emptyToNull(v.strengths),
      growthPoints: emptyToNull(v.growthPoints),
      objectivesMatched: v.objectivesMatched,
      formId: v.formId || null,
      scores: scoreKeys.map((k) => ({ criterionKey: k, score: Number(v.scores[k]) })),
    };
    this.saving.set(true);
    try {
      const current = this.record();
      // Who was observed and why are fixed once recorded: the update carries only the lesson and the observation itself.
      const { observedStaffMemberId: _observed, purpose: _purpose, ...update } = body;
      const saved = current
        ? await firstValueFrom(
            this.api.updateLessonObservation({ id: current.id, body: { ...update, concurrencyStamp: current.concurrencyStamp } }, handlesErrors()),
          )
        : await firstValueFrom(this.api.createLessonObservation({ body }, handlesErrors()));
      this.draft?.clear();
      this.notify.success(this.l.t('UI:SavedChanges'));
      await this.router.navigate(['/lesson-observations', saved.id], { replaceUrl: !current });
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409 && problem.code !== 'LessonObservations:Locked') this.conflict.set(true);
      const unmatched = this.applyErrors(problem, scoreKeys);
      this.formErrors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
      this.focusFirstInvalid();
    } finally {
      this.saving.set(false);
    }
  }

  /** `notes[1].text` and `scores[0].score` go beside their row; everything else through applyProblemToForm. */
  private applyErrors(problem: Problem, scoreKeys: string[]): string[] {
    const rest: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(problem.errors)) {
      const m = /^(?:\$\.)?(notes|scores)\[(\d+)\](?:\.(\w+))?$/i.exec(key);
      let control = null;
      if (m && m[1].toLowerCase() === 'notes') {
        const row = this.form.controls.notes.at(Number(m[2]));
        control = row ? (m[3]?.toLowerCase() === 'minute' ? row.controls.minute : row.controls.text) : null;
      } else if (m) {
        const k = scoreKeys[Number(m[2])];
        control = k ? this.form.controls.scores.get(k) : null;
      }
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
        control.markAsTouched();
      } else {
        rest[key] = messages;
      }
    }
    return applyProblemToForm(this.form, { ...problem, errors: rest }, {
      'LessonObservations:UnknownStaffMember': 'observedStaffMemberId',
      'LessonObservations:UnknownForm': 'formId',
    });
  }

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const el = document.querySelector<HTMLElement>('app-observation-edit form .ng-invalid input, app-observation-edit form textarea.ng-invalid, app-observation-edit form input.ng-invalid');
      (el ?? document.querySelector<HTMLElement>('app-observation-edit [data-testid="form-error"]'))?.focus();
    });
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
