import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CasePupilReason, ResearchLessonDto } from '../api/models';
import { LessonStudyService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { errorText } from './ls-utils';

/** One case pupil's answers as the form holds them. */
interface InterviewModel { pupilId: string; pseudonym: string; reason: CasePupilReason; learned: string; difficult: string; helped: string }

/**
 * `/lesson-study/lessons/:id/interviews`: after the research lesson a member asks each case pupil three short questions (what did
 * you learn, what was difficult, what helped you) and writes the answers down on a phone. The pupil is named only by the
 * pseudonym the group gave; the discussion shows the answers beside the predictions and the observations.
 */
@Component({
  selector: 'app-lesson-study-interviews',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, TPipe, EnumTextPipe, FormBanner],
  template: `
    @if (lesson(); as l) {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a [routerLink]="['/lesson-study/groups', l.groupId]">{{ l.groupTheme }}</a></nav>
      <h1 class="title">{{ 'UI:LessonStudy.Interviews' | t }} · {{ 'UI:LessonStudy.RoundN' | t: l.roundNumber }} · {{ l.className }}</h1>
      <p class="cell-secondary">{{ 'UI:LessonStudy.InterviewsHint' | t }}</p>
      <app-form-banner [messages]="errors()" />
      <form (ngSubmit)="save()" data-testid="ls-interviews-form">
        <fieldset [disabled]="!canEdit()">
          @for (m of interviews; track m.pupilId; let i = $index) {
            <section class="surface pupil" data-testid="ls-interview">
              <h2>{{ m.pseudonym }} <span class="chip">{{ m.reason | enumText: 'CasePupilReason' }}</span></h2>
              <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.InterviewLearned' | t }}</mat-label>
                <textarea matInput rows="2" [(ngModel)]="m.learned" [name]="'il' + i" maxlength="1000" data-testid="ls-interview-learned"></textarea></mat-form-field>
              <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.InterviewDifficult' | t }}</mat-label>
                <textarea matInput rows="2" [(ngModel)]="m.difficult" [name]="'id' + i" maxlength="1000" data-testid="ls-interview-difficult"></textarea></mat-form-field>
              <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.InterviewHelped' | t }}</mat-label>
                <textarea matInput rows="2" [(ngModel)]="m.helped" [name]="'ih' + i" maxlength="1000" data-testid="ls-interview-helped"></textarea></mat-form-field>
            </section>
          }
        </fieldset>
        @if (canEdit()) {
          <button mat-flat-button class="wide save" type="submit" [disabled]="busy()" data-testid="ls-interviews-save">{{ 'UI:Save' | t }}</button>
        } @else {
          <p class="cell-secondary" data-testid="ls-interviews-readonly">{{ 'UI:LessonStudy.InterviewsReadOnly' | t }}</p>
        }
      </form>
      <p><a [routerLink]="['/lesson-study/lessons', l.id, 'discussion']" data-testid="ls-interviews-to-discussion">{{ 'UI:LessonStudy.Discussion' | t }}</a></p>
    } @else if (!errors().length) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    } @else {
      <app-form-banner [messages]="errors()" />
    }
  `,
  styles: `
    :host { display: block; max-width: 640px; margin: 0 auto; }
    .title { font-size: 1.2rem; margin: 4px 0; } .wide { width: 100%; }
    fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
    .pupil { padding: 12px; margin-bottom: 12px; } .pupil h2 { font-size: 1.05rem; margin: 0 0 8px; overflow-wrap: anywhere; }
    .chip { margin-left: 6px; font-size: .8em; } .save { min-height: 48px; }
  `,
})
export class InterviewsPage {
  readonly id = input.required<string>();
  private readonly api = inject(LessonStudyService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  protected readonly lesson = signal<ResearchLessonDto | null>(null);
  protected readonly canEdit = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected interviews: InterviewModel[] = [];

  constructor() {
    queueMicrotask(() => void this.run(async () => this.show(await firstValueFrom(this.api.getResearchLesson({ id: this.id() }, handlesErrors())))));
  }

  private show(lesson: ResearchLessonDto): void {
    this.interviews = lesson.casePupils.map((p) => {
      const answer = lesson.interviews.find((i) => i.pupilId === p.id);
      return { pupilId: p.id, pseudonym: p.pseudonym, reason: p.reason, learned: answer?.learned ?? '', difficult: answer?.difficult ?? '', helped: answer?.helped ?? '' };
    });
    this.canEdit.set(lesson.abilities.canEdit);
    this.lesson.set(lesson);
  }

  protected save(): Promise<void> {
    return this.run(async () => {
      const interviews = this.interviews
        .map((m) => ({ pupilId: m.pupilId, learned: m.learned.trim() || null, difficult: m.difficult.trim() || null, helped: m.helped.trim() || null }))
        .filter((m) => m.learned || m.difficult || m.helped);
      this.show(await firstValueFrom(this.api.saveResearchLessonInterviews({ id: this.id(), body: { interviews } }, handlesErrors())));
      this.notify.success(this.l.t('UI:LessonStudy.InterviewsSaved'));
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
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
