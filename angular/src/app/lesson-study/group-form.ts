import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { LessonStudyGroupDto, LessonStudyGroupOrigin, StaffMemberDto } from '../api/models';
import { LESSON_STUDY_GROUP_ORIGIN } from '../api/models/lesson-study-group-origin-array';
import { LessonStudyService, StaffService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './ls-utils';
import { allPages } from '../shared/all-pages';

const LEADS = ['Expert', 'Researcher', 'Master'];

/** `/lesson-study/groups/new` and `…/:id/edit`: theme, research question, origin, members and the facilitator (сарапшы or above). */
@Component({
  selector: 'app-lesson-study-group-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe,
    FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/lesson-study">{{ 'Menu:LessonStudy' | t }}</a></nav>
    <app-page-header [title]="(id() ? 'UI:LessonStudy.EditGroup' : 'UI:LessonStudy.NewGroup') | t" [subtitle]="'UI:LessonStudy.GroupFormHint' | t" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <form class="surface form-panel" [formGroup]="form" (ngSubmit)="save()" data-testid="ls-group-form">
      <app-form-banner [messages]="errors()" />
      <mat-form-field><mat-label>{{ 'UI:LessonStudy.Theme' | t }}</mat-label>
        <input matInput formControlName="theme" maxlength="500" data-testid="ls-theme" /></mat-form-field>
      <mat-form-field><mat-label>{{ 'UI:LessonStudy.ResearchQuestion' | t }}</mat-label>
        <textarea matInput formControlName="researchQuestion" rows="2" maxlength="1000" data-testid="ls-question"></textarea>
        <mat-hint>{{ 'UI:LessonStudy.ResearchQuestionHint' | t }}</mat-hint></mat-form-field>
      <div class="row">
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.Subject' | t }}</mat-label><input matInput formControlName="subject" data-testid="ls-subject" /></mat-form-field>
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.Grade' | t }}</mat-label><input matInput type="number" min="0" max="12" formControlName="grade" data-testid="ls-grade" /></mat-form-field>
      </div>
      <mat-form-field><mat-label>{{ 'UI:LessonStudy.Origin' | t }}</mat-label>
        <mat-select formControlName="origin" data-testid="ls-origin">
          @for (o of origins; track o) { <mat-option [value]="o">{{ o | enumText: 'LessonStudyGroupOrigin' }}</mat-option> }
        </mat-select></mat-form-field>
      <mat-form-field><mat-label>{{ 'UI:LessonStudy.Members' | t }}</mat-label>
        <mat-select formControlName="members" multiple data-testid="ls-members">
          @for (s of staff(); track s.id) { <mat-option [value]="s.id">{{ s.fullName }} ({{ s.category | enumText: 'QualificationCategory' }})</mat-option> }
        </mat-select></mat-form-field>
      <mat-form-field><mat-label>{{ 'UI:LessonStudy.Facilitator' | t }}</mat-label>
        <mat-select formControlName="facilitator" data-testid="ls-facilitator">
          @for (s of leads(); track s.id) { <mat-option [value]="s.id">{{ s.fullName }}</mat-option> }
        </mat-select>
        <mat-hint>{{ 'UI:LessonStudy.FacilitatorHint' | t }}</mat-hint></mat-form-field>
      <div class="row">
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.KnowledgeableOther' | t }}</mat-label><input matInput formControlName="koName" /></mat-form-field>
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.Organisation' | t }}</mat-label><input matInput formControlName="koOrg" /></mat-form-field>
      </div>
      <div class="actions">
        <a mat-button routerLink="/lesson-study">{{ 'UI:Cancel' | t }}</a>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="ls-group-save">{{ 'UI:Save' | t }}</button>
      </div>
    </form>
  `,
  styles: `
    .form-panel { display: flex; flex-direction: column; gap: 4px; padding: 16px; max-width: 760px; }
    .row { display: flex; gap: 12px; flex-wrap: wrap; } .row mat-form-field { flex: 1 1 220px; }
    .actions { display: flex; justify-content: flex-end; gap: 8px; }
  `,
})
export class GroupForm {
  readonly id = input<string>();
  private readonly api = inject(LessonStudyService);
  private readonly staffApi = inject(StaffService);
  private readonly router = inject(Router);
  private readonly l = inject(LocalizationService);
  protected readonly origins = LESSON_STUDY_GROUP_ORIGIN;
  protected readonly staff = signal<StaffMemberDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  private existing: LessonStudyGroupDto | null = null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    theme: ['', [Validators.required, Validators.maxLength(500)]],
    researchQuestion: ['', [Validators.required, Validators.maxLength(1000)]],
    subject: [''],
    grade: [null as number | null],
    origin: ['AdHoc' as LessonStudyGroupOrigin],
    members: [[] as string[], Validators.required],
    facilitator: ['', Validators.required],
    koName: [''],
    koOrg: [''],
  });
  private readonly members = toSignal(this.form.controls.members.valueChanges, { initialValue: [] as string[] });
  protected readonly leads = computed(() => this.staff().filter((s) => this.members().includes(s.id) && LEADS.includes(s.category)));

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private async load(): Promise<void> {
    try {
      this.staff.set(
        await allPages((skipCount, maxResultCount) => firstValueFrom(this.staffApi.getStaffList({ skipCount, maxResultCount }, handlesErrors()))),
      );
      if (this.id()) {
        const g = (this.existing = await firstValueFrom(this.api.getLessonStudyGroup({ id: this.id()! }, handlesErrors())));
        this.form.patchValue({
          theme: g.theme, researchQuestion: g.researchQuestion, subject: g.subject ?? '', grade: g.grade == null ? null : Number(g.grade), origin: g.origin,
          members: g.members.map((m) => m.staffMemberId), facilitator: g.facilitatorStaffMemberId, koName: g.knowledgeableOtherName ?? '',
          koOrg: g.knowledgeableOtherOrganisation ?? '',
        });
      }
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
    const v = this.form.getRawValue();
    const body = {
      theme: v.theme.trim(), researchQuestion: v.researchQuestion.trim(), subject: v.subject.trim() || null,
      grade: v.grade === null || `${v.grade}` === '' ? null : Number(v.grade), origin: v.origin, facilitatorStaffMemberId: v.facilitator,
      memberStaffMemberIds: v.members, knowledgeableOtherName: v.koName.trim() || null, knowledgeableOtherOrganisation: v.koOrg.trim() || null,
    };
    this.busy.set(true);
    this.errors.set([]);
    try {
      const saved = this.existing
        ? await firstValueFrom(this.api.updateLessonStudyGroup({ id: this.existing.id, body: { ...body, concurrencyStamp: this.existing.concurrencyStamp } }, handlesErrors()))
        : await firstValueFrom(this.api.createLessonStudyGroup({ body }, handlesErrors()));
      void this.router.navigate(['/lesson-study/groups', saved.id]);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
