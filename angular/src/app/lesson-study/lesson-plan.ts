import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CasePupilReason, LessonStudyGroupDto, ResearchLessonDto } from '../api/models';
import { CASE_PUPIL_REASON } from '../api/models/case-pupil-reason-array';
import { LessonStudyService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText, todayIso } from './ls-utils';
import { DATE_FIELD } from '../core/i18n/date-adapter';

interface StageModel { id: string | null; title: string; minutes: number; tasks: string }
interface PupilModel { id: string | null; pseudonym: string; reason: CasePupilReason; reasonNote: string; predictions: string[] }

/**
 * `/lesson-study/groups/:id/lessons/new` (the next round, starting from the previous round's plan) and `/lesson-study/lessons/:id`:
 * the co-planned research lesson: objectives, stages with minutes and tasks, usually three case pupils (pseudonyms only) and the
 * predicted response of each pupil per stage. A re-teach shows what changed from the previous round's plan.
 */
@Component({
  selector: 'app-lesson-study-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe,
    FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/lesson-study">{{ 'Menu:LessonStudy' | t }}</a>
      @if (groupId()) { › <a [routerLink]="['/lesson-study/groups', groupId()]">{{ group()?.theme }}</a> }
    </nav>
    <app-page-header [title]="(lesson() ? ('UI:LessonStudy.RoundN' | t: lesson()!.roundNumber) : ('UI:LessonStudy.PlanLesson' | t))" [subtitle]="'UI:LessonStudy.PlanHint' | t">
      @if (lesson(); as l) {
        <a mat-stroked-button [routerLink]="['/lesson-study/lessons', l.id, 'observe']">{{ 'UI:LessonStudy.Observe' | t }}</a>
        <a mat-stroked-button [routerLink]="['/lesson-study/lessons', l.id, 'interviews']">{{ 'UI:LessonStudy.Interviews' | t }}</a>
        <a mat-stroked-button [routerLink]="['/lesson-study/lessons', l.id, 'discussion']">{{ 'UI:LessonStudy.Discussion' | t }}</a>
      }
    </app-page-header>
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <app-form-banner [messages]="errors()" />
    @if (lesson()?.planChanges?.length) {
      <section class="surface panel" data-testid="ls-plan-changes">
        <h2>{{ 'UI:LessonStudy.PlanChanges' | t }}</h2>
        <ul>@for (c of lesson()!.planChanges; track $index) { <li><span class="chip">{{ c.kind | enumText: 'LessonPlanChangeKind' }}</span> {{ c.before ?? '—' }} → {{ c.after ?? '—' }}</li> }</ul>
      </section>
    }
    @if (!loading()) {
      <form class="surface panel" (ngSubmit)="save()" data-testid="ls-plan-form">
        <fieldset [disabled]="!canEdit()">
          <div class="row">
            <!-- The label stays above the field: resting on an empty select it lay over the trigger and caught the click. -->
            <mat-form-field floatLabel="always"><mat-label>{{ 'UI:LessonStudy.Teacher' | t }}</mat-label>
              <mat-select [(ngModel)]="teacher" name="teacher" [disabled]="!canEdit()" [placeholder]="'UI:LessonStudy.ChooseTeacher' | t" data-testid="ls-teacher">
                @for (m of group()?.members ?? []; track m.staffMemberId) { <mat-option [value]="m.staffMemberId">{{ m.fullName }}</mat-option> }
              </mat-select></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:LessonStudy.Class' | t }}</mat-label><input matInput [(ngModel)]="className" name="className" required data-testid="ls-class" /></mat-form-field>
            <mat-form-field><mat-label>{{ 'UI:LessonStudy.Date' | t }}</mat-label><input matInput [matDatepicker]="dp1" [(ngModel)]="date" name="date" required data-testid="ls-date" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 /></mat-form-field>
          </div>
          <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.Focus' | t }}</mat-label><input matInput [(ngModel)]="focus" name="focus" data-testid="ls-focus" /></mat-form-field>
          <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.Objectives' | t }}</mat-label>
            <textarea matInput rows="2" [(ngModel)]="objectives" name="objectives" data-testid="ls-objectives"></textarea><mat-hint>{{ 'UI:LessonStudy.OnePerLine' | t }}</mat-hint></mat-form-field>
          <h2>{{ 'UI:LessonStudy.Stages' | t }}</h2>
          @for (s of stages; track $index; let i = $index) {
            <div class="row stage" data-testid="ls-stage">
              <mat-form-field><mat-label>{{ 'UI:LessonStudy.StageTitle' | t }}</mat-label><input matInput [(ngModel)]="s.title" [name]="'st' + i" required /></mat-form-field>
              <mat-form-field class="narrow"><mat-label>{{ 'UI:LessonStudy.Minutes' | t }}</mat-label><input matInput type="number" min="1" [(ngModel)]="s.minutes" [name]="'sm' + i" /></mat-form-field>
              <mat-form-field><mat-label>{{ 'UI:LessonStudy.Tasks' | t }}</mat-label><input matInput [(ngModel)]="s.tasks" [name]="'sk' + i" /></mat-form-field>
              @if (stages.length > 1 && canEdit()) { <button mat-icon-button type="button" (click)="removeStage(i)" [attr.aria-label]="'UI:Delete' | t"><mat-icon>delete</mat-icon></button> }
            </div>
          }
          @if (canEdit()) { <button mat-stroked-button type="button" (click)="addStage()" data-testid="ls-add-stage">{{ 'UI:LessonStudy.AddStage' | t }}</button> }
          <h2>{{ 'UI:LessonStudy.CasePupils' | t }}</h2>
          <p class="cell-secondary">{{ 'UI:LessonStudy.CasePupilsHint' | t }}</p>
          @for (p of pupils; track $index; let i = $index) {
            <div class="pupil" data-testid="ls-pupil">
              <div class="row">
                <mat-form-field><mat-label>{{ 'UI:LessonStudy.Pseudonym' | t }}</mat-label><input matInput [(ngModel)]="p.pseudonym" [name]="'pp' + i" required maxlength="32" /></mat-form-field>
                <mat-form-field><mat-label>{{ 'UI:LessonStudy.Reason' | t }}</mat-label>
                  <mat-select [(ngModel)]="p.reason" [name]="'pr' + i" [disabled]="!canEdit()">
                    @for (r of reasons; track r) { <mat-option [value]="r">{{ r | enumText: 'CasePupilReason' }}</mat-option> }
                  </mat-select></mat-form-field>
              </div>
              @for (s of stages; track $index; let j = $index) {
                <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.PredictionFor' | t: (s.title || (j + 1)) }}</mat-label>
                  <input matInput [(ngModel)]="p.predictions[j]" [name]="'pd' + i + '_' + j" data-testid="ls-prediction" /></mat-form-field>
              }
            </div>
          }
          @if (canEdit() && pupils.length < 6) { <button mat-stroked-button type="button" (click)="addPupil()">{{ 'UI:LessonStudy.AddPupil' | t }}</button> }
        </fieldset>
        @if (canEdit()) {
          <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()" data-testid="ls-plan-save">{{ 'UI:Save' | t }}</button></div>
        }
      </form>
    }
  `,
  styles: `
    .panel { padding: 16px; margin-bottom: 16px; } fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
    .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; } .row mat-form-field { flex: 1 1 200px; } .row .narrow { flex: 0 1 100px; }
    .wide { width: 100%; } .pupil { border-left: 3px solid var(--mat-sys-primary); padding-left: 12px; margin-bottom: 12px; }
    .actions { display: flex; justify-content: flex-end; margin-top: 8px; } .chip { margin-right: 6px; }
  `,
})
export class LessonPlanPage {
  /** The lesson (`lessons/:id`) or, for a new round, the group (`groups/:id/lessons/new`): the route's `id` either way. */
  readonly id = input.required<string>();
  private readonly api = inject(LessonStudyService);
  private readonly router = inject(Router);
  private readonly l = inject(LocalizationService);
  protected readonly reasons = CASE_PUPIL_REASON;
  protected readonly group = signal<LessonStudyGroupDto | null>(null);
  protected readonly lesson = signal<ResearchLessonDto | null>(null);
  protected readonly groupId = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly canEdit = signal(true);

  protected teacher = '';
  protected className = '';
  protected date = todayIso();
  protected focus = '';
  protected objectives = '';
  protected stages: StageModel[] = [{ id: null, title: '', minutes: 10, tasks: '' }];
  protected pupils: PupilModel[] = (['HighAttainment', 'MiddleAttainment', 'LowAttainment'] as CasePupilReason[])
    .map((reason) => ({ id: null, pseudonym: '', reason, reasonNote: '', predictions: [] }));

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private isNew(): boolean {
    return this.router.url.includes('/lessons/new');
  }

  private async load(): Promise<void> {
    try {
      if (this.isNew()) {
        const g = await firstValueFrom(this.api.getLessonStudyGroup({ id: this.id() }, handlesErrors()));
        this.group.set(g);
        this.groupId.set(g.id);
        const last = g.rounds.at(-1);
        if (last) this.fill(await firstValueFrom(this.api.getResearchLesson({ id: last.id }, handlesErrors())), true);
      } else {
        const lesson = await firstValueFrom(this.api.getResearchLesson({ id: this.id() }, handlesErrors()));
        this.lesson.set(lesson);
        this.groupId.set(lesson.groupId);
        this.group.set(await firstValueFrom(this.api.getLessonStudyGroup({ id: lesson.groupId }, handlesErrors())));
        this.canEdit.set(lesson.abilities.canEdit);
        this.fill(lesson, false);
      }
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  /** The form from a round: its own, or the previous one's as the start of the next version. */
  private fill(l: ResearchLessonDto, asNext: boolean): void {
    this.teacher = l.teacherStaffMemberId;
    this.className = l.className;
    this.date = asNext ? todayIso() : l.lessonDate;
    this.focus = l.observationFocus ?? '';
    this.objectives = l.plan.objectives.join('\n');
    this.stages = l.plan.stages.map((s) => ({ id: s.id, title: s.title, minutes: Number(s.minutes), tasks: s.tasks ?? '' }));
    this.pupils = l.casePupils.map((p) => ({
      id: p.id, pseudonym: p.pseudonym, reason: p.reason, reasonNote: p.reasonNote ?? '',
      predictions: l.plan.stages.map((s) => l.predictions.find((x) => x.pupilId === p.id && x.stageId === s.id)?.text ?? ''),
    }));
  }

  protected addStage(): void {
    this.stages = [...this.stages, { id: null, title: '', minutes: 10, tasks: '' }];
  }

  protected removeStage(i: number): void {
    this.stages = this.stages.filter((_, j) => j !== i);
    this.pupils.forEach((p) => p.predictions.splice(i, 1));
  }

  protected addPupil(): void {
    this.pupils = [...this.pupils, { id: null, pseudonym: '', reason: 'Other', reasonNote: '', predictions: [] }];
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    const body = {
      teacherStaffMemberId: this.teacher, className: this.className.trim(), lessonDate: this.date, observationFocus: this.focus.trim() || null,
      plan: {
        objectives: this.objectives.split('\n').map((o) => o.trim()).filter((o) => o),
        stages: this.stages.map((s) => ({ id: s.id, title: s.title.trim(), minutes: Number(s.minutes), tasks: s.tasks.trim() || null })),
      },
      casePupils: this.pupils.map((p) => ({
        id: p.id, pseudonym: p.pseudonym.trim(), reason: p.reason, reasonNote: p.reasonNote.trim() || null,
        predictions: this.stages.map((_, j) => ({ stageIndex: j, text: (p.predictions[j] ?? '').trim() || null })).filter((x) => x.text),
      })),
    };
    this.busy.set(true);
    this.errors.set([]);
    try {
      const existing = this.lesson();
      const saved = existing
        ? await firstValueFrom(this.api.updateResearchLesson({ id: existing.id, body: { ...body, concurrencyStamp: existing.concurrencyStamp } }, handlesErrors()))
        : await firstValueFrom(this.api.createResearchLesson({ id: this.id(), body }, handlesErrors()));
      this.lesson.set(saved);
      void this.router.navigate(['/lesson-study/groups', saved.groupId]);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
