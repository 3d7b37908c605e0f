import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { ResearchLessonDiscussionDto, ResearchLessonDto } from '../api/models';
import { LessonStudyService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './ls-utils';

/**
 * `/lesson-study/lessons/:id/discussion`: the post-lesson discussion starts from the pupils' learning: for each case pupil and
 * stage, what the group predicted beside what every observer saw, and the pupil's interview; then the record (surprises, the
 * teaching, conclusions, agreed changes). The facilitator closes it, and the group may re-teach.
 */
@Component({
  selector: 'app-lesson-study-discussion',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TPipe, EnumTextPipe, FormBanner, PageHeader],
  template: `
    @if (lesson(); as l) {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a [routerLink]="['/lesson-study/groups', l.groupId]">{{ l.groupTheme }}</a></nav>
      <app-page-header [title]="('UI:LessonStudy.Discussion' | t) + ' · ' + ('UI:LessonStudy.RoundN' | t: l.roundNumber)" [subtitle]="l.researchQuestion">
        <span class="chip" data-testid="ls-round-status">{{ l.status | enumText: 'ResearchLessonStatus' }}</span>
        @if (l.abilities.canAttachEvidence) {
          <button mat-stroked-button type="button" (click)="attachEvidence()" [disabled]="busy()" data-testid="ls-evidence">{{ 'UI:LessonStudy.EvidenceToGrowth' | t }}</button>
        }
        @if (evidenceCycleId(); as cycleId) {
          <a mat-button [routerLink]="['/growth-cycles', cycleId]" data-testid="ls-evidence-open">{{ 'UI:LessonStudy.EvidenceOpen' | t }}</a>
        }
      </app-page-header>
    }
    <app-form-banner [messages]="errors()" />
    @if (discussion(); as d) {
      @for (p of d.pupils; track p.pupil.id) {
        <section class="surface panel" data-testid="ls-disc-pupil">
          <h2>{{ p.pupil.pseudonym }} <span class="chip">{{ p.pupil.reason | enumText: 'CasePupilReason' }}</span></h2>
          <div class="grid">
            <div class="grid-head">{{ 'UI:LessonStudy.Stage' | t }}</div>
            <div class="grid-head">{{ 'UI:LessonStudy.Predicted' | t }}</div>
            <div class="grid-head">{{ 'UI:LessonStudy.Observed' | t }}</div>
            @for (c of p.stages; track $index) {
              <div class="cell stage">{{ c.stageTitle ?? '—' }}</div>
              <div class="cell" data-testid="ls-disc-prediction">{{ c.prediction ?? '—' }}</div>
              <div class="cell" data-testid="ls-disc-observed">
                @for (o of c.observations; track o.id) { <div><strong>{{ o.observerName }}</strong>: {{ o.text }}</div> } @empty { — }
              </div>
            }
          </div>
          @if (p.interview; as i) {
            <dl class="interview" data-testid="ls-disc-interview">
              <dt>{{ 'UI:LessonStudy.Interview' | t }}</dt>
              @if (i.learned) { <dd><span class="q">{{ 'UI:LessonStudy.InterviewLearned' | t }}</span> {{ i.learned }}</dd> }
              @if (i.difficult) { <dd><span class="q">{{ 'UI:LessonStudy.InterviewDifficult' | t }}</span> {{ i.difficult }}</dd> }
              @if (i.helped) { <dd><span class="q">{{ 'UI:LessonStudy.InterviewHelped' | t }}</span> {{ i.helped }}</dd> }
            </dl>
          } @else if (canEdit()) {
            <p class="cell-secondary"><a [routerLink]="['/lesson-study/lessons', id(), 'interviews']">{{ 'UI:LessonStudy.InterviewsAdd' | t }}</a></p>
          }
        </section>
      }
      <form class="surface panel" (ngSubmit)="save()">
        <h2>{{ 'UI:LessonStudy.Record' | t }}</h2>
        <fieldset [disabled]="!canEdit()">
          <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.Surprises' | t }}</mat-label><textarea matInput rows="2" [(ngModel)]="surprises" name="surprises"></textarea></mat-form-field>
          <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.Teaching' | t }}</mat-label><textarea matInput rows="2" [(ngModel)]="teaching" name="teaching"></textarea></mat-form-field>
          <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.Conclusions' | t }}</mat-label><textarea matInput rows="3" [(ngModel)]="conclusions" name="conclusions" data-testid="ls-conclusions"></textarea></mat-form-field>
          <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.AgreedChanges' | t }}</mat-label><textarea matInput rows="2" [(ngModel)]="changes" name="changes" data-testid="ls-changes"></textarea></mat-form-field>
        </fieldset>
        @if (canEdit()) {
          <div class="actions">
            <button mat-stroked-button type="submit" [disabled]="busy()" data-testid="ls-discussion-save">{{ 'UI:Save' | t }}</button>
            @if (lesson()?.abilities?.canMarkDiscussed) {
              <button mat-flat-button type="button" (click)="close()" [disabled]="busy()" data-testid="ls-mark-discussed">{{ 'UI:LessonStudy.MarkDiscussed' | t }}</button>
            }
          </div>
        }
      </form>
    } @else if (!errors().length) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
  `,
  styles: `
    .panel { padding: 16px; margin-bottom: 16px; } fieldset { border: 0; padding: 0; margin: 0; min-width: 0; } .wide { width: 100%; }
    .grid { display: grid; grid-template-columns: minmax(80px, 1fr) minmax(100px, 2fr) minmax(120px, 3fr); gap: 4px 12px; }
    .grid-head { font-weight: 600; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .cell { padding: 4px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; } .stage { font-weight: 500; }
    .actions { display: flex; justify-content: flex-end; gap: 8px; }
    .interview { margin: 8px 0 0; } .interview dt { font-weight: 600; } .interview dd { margin: 2px 0 0; overflow-wrap: anywhere; } .q { opacity: .75; } .chip { margin-left: 6px; font-size: .8em; }
  `,
})
export class DiscussionPage {
  readonly id = input.required<string>();
  private readonly api = inject(LessonStudyService);
  private readonly l = inject(LocalizationService);
  protected readonly lesson = signal<ResearchLessonDto | null>(null);
  protected readonly discussion = signal<ResearchLessonDiscussionDto | null>(null);
  protected readonly canEdit = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** The growth cycle the discussed round went to as evidence (after attaching). */
  protected readonly evidenceCycleId = signal<string | null>(null);
  private readonly notify = inject(NotifyService);
  protected surprises = '';
  protected teaching = '';
  protected conclusions = '';
  protected changes = '';

  constructor() {
    queueMicrotask(() => void this.run(() => this.load()));
  }

  private async load(): Promise<void> {
    const lesson = await firstValueFrom(this.api.getResearchLesson({ id: this.id() }, handlesErrors()));
    this.lesson.set(lesson);
    this.canEdit.set(lesson.abilities.canEdit);
    this.show(await firstValueFrom(this.api.getResearchLessonDiscussion({ id: this.id() }, handlesErrors())));
  }

  private show(d: ResearchLessonDiscussionDto): void {
    this.discussion.set(d);
    this.surprises = d.surprises ?? '';
    this.teaching = d.teaching ?? '';
    this.conclusions = d.conclusions ?? '';
    this.changes = d.agreedChanges ?? '';
  }

  protected save(): Promise<void> {
    return this.run(async () => this.show(await firstValueFrom(this.api.saveResearchLessonDiscussion({
      id: this.id(), body: { surprises: this.surprises || null, teaching: this.teaching || null, conclusions: this.conclusions || null, agreedChanges: this.changes || null },
    }, handlesErrors()))));
  }

  protected close(): Promise<void> {
    return this.run(async () => {
      await this.save();
      if (this.errors().length) return;
      await firstValueFrom(this.api.markResearchLessonDiscussed({ id: this.id() }, handlesErrors()));
      await this.load();
    });
  }

  /** The discussed round as evidence in the caller's own active growth cycle (the server picks it and checks its stage). */
  protected attachEvidence(): Promise<void> {
    return this.run(async () => {
      const r = await firstValueFrom(this.api.attachResearchLessonEvidence({ id: this.id() }, handlesErrors()));
      this.evidenceCycleId.set(r.cycleId);
      this.notify.success(this.l.t('UI:LessonStudy.EvidenceAttached'));
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await action();
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
