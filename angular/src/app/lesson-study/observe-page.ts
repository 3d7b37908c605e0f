import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { ResearchLessonDto } from '../api/models';
import { LessonStudyService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { FormBanner } from '../shared/form-banner';
import { errorText, newId } from './ls-utils';

/** A note as typed on this device: kept in localStorage until the server has it. */
interface LocalNote { id: string; pupilId: string; stageId: string | null; observedAt: string; text: string; sent: boolean }

const RETRY_MS = 10_000;

/**
 * `/lesson-study/lessons/:id/observe`: phone-first capture during the research lesson. Each note (one case pupil, a stage, what
 * the pupil did) is kept on the device the moment it is saved and sent when the connection allows (now, when the browser reports
 * it is back online, or on a retry every few seconds). Each note carries an id made here, so sending it twice is harmless and
 * another observer's notes are never overwritten.
 */
@Component({
  selector: 'app-lesson-study-observe',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, TPipe,
    FormBanner],
  template: `
    @if (lesson(); as l) {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a [routerLink]="['/lesson-study/groups', l.groupId]">{{ l.groupTheme }}</a></nav>
      <h1 class="title">{{ 'UI:LessonStudy.Observe' | t }} · {{ 'UI:LessonStudy.RoundN' | t: l.roundNumber }} · {{ l.className }}</h1>
      @if (l.observationFocus) { <p class="cell-secondary">{{ 'UI:LessonStudy.Focus' | t }}: {{ l.observationFocus }}</p> }
      <p class="status" data-testid="ls-connection" [class.offline]="!online()">
        {{ (online() ? 'UI:LessonStudy.Online' : 'UI:LessonStudy.Offline') | t }} · {{ 'UI:LessonStudy.Pending' | t: pending() }}
      </p>
      <app-form-banner [messages]="errors()" />
      <div class="pupils" role="group" [attr.aria-label]="'UI:LessonStudy.CasePupils' | t">
        @for (p of l.casePupils; track p.id) {
          <button mat-stroked-button type="button" [class.selected]="pupil() === p.id" (click)="pupil.set(p.id)" data-testid="ls-obs-pupil">{{ p.pseudonym }}</button>
        }
      </div>
      <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.Stage' | t }}</mat-label>
        <mat-select [ngModel]="stage()" (ngModelChange)="stage.set($event)" data-testid="ls-obs-stage">
          @for (s of l.plan.stages; track s.id) { <mat-option [value]="s.id">{{ s.title }} ({{ s.minutes }}′)</mat-option> }
        </mat-select></mat-form-field>
      @if (prediction(); as p) { <p class="prediction" data-testid="ls-obs-prediction">{{ 'UI:LessonStudy.Predicted' | t }}: {{ p }}</p> }
      <mat-form-field class="wide"><mat-label>{{ 'UI:LessonStudy.WhatPupilDid' | t }}</mat-label>
        <textarea matInput rows="3" [ngModel]="text()" (ngModelChange)="text.set($event)" maxlength="2000" data-testid="ls-obs-text"></textarea></mat-form-field>
      <button mat-flat-button class="wide" type="button" (click)="add()" [disabled]="!pupil() || !text().trim()" data-testid="ls-obs-save">{{ 'UI:LessonStudy.SaveNote' | t }}</button>
      <ul class="notes" data-testid="ls-obs-notes">
        @for (n of notesShown(); track n.id) {
          <li data-testid="ls-obs-note">
            <span class="meta">{{ n.observedAt.substring(11, 16) }} · {{ pupilName(n.pupilId) }}</span>
            <span>{{ n.text }}</span>
            <span class="chip" [class.sent]="n.sent" data-testid="ls-obs-note-state">{{ (n.sent ? 'UI:LessonStudy.Sent' : 'UI:LessonStudy.SavedOnDevice') | t }}</span>
          </li>
        } @empty { <li class="table-empty">{{ 'UI:LessonStudy.NoNotesYet' | t }}</li> }
      </ul>
    } @else if (!errors().length) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    } @else {
      <app-form-banner [messages]="errors()" />
    }
  `,
  styles: `
    :host { display: block; max-width: 640px; margin: 0 auto; }
    .title { font-size: 1.2rem; margin: 4px 0; } .wide { width: 100%; }
    .status { padding: 6px 10px; border-radius: 8px; background: var(--mat-sys-secondary-container); } .status.offline { background: var(--mat-sys-error-container); }
    .pupils { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0; } .pupils button { flex: 1 1 90px; min-height: 48px; }
    .pupils .selected { background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); }
    .prediction { font-style: italic; margin: 0 0 8px; }
    .notes { list-style: none; padding: 0; margin: 12px 0; } .notes li { display: flex; flex-direction: column; gap: 2px; padding: 8px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    .meta { font-size: .85em; opacity: .8; } .chip { align-self: flex-start; } .chip.sent { background: var(--mat-sys-secondary-container); }
  `,
})
export class ObservePage {
  readonly id = input.required<string>();
  private readonly api = inject(LessonStudyService);
  private readonly l = inject(LocalizationService);
  protected readonly lesson = signal<ResearchLessonDto | null>(null);
  protected readonly errors = signal<string[]>([]);
  protected readonly online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  protected readonly pupil = signal<string | null>(null);
  protected readonly stage = signal<string | null>(null);
  protected readonly text = signal('');
  protected readonly notes = signal<LocalNote[]>([]);
  protected readonly pending = computed(() => this.notes().filter((n) => !n.sent).length);
  protected readonly notesShown = computed(() => [...this.notes()].reverse());
  protected readonly prediction = computed(() => this.lesson()?.predictions.find((p) => p.pupilId === this.pupil() && p.stageId === this.stage())?.text ?? null);
  private sending = false;

  constructor() {
    const onOnline = () => {
      this.online.set(true);
      void this.send();
    };
    const onOffline = () => this.online.set(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    const timer = setInterval(() => {
      this.online.set(navigator.onLine);
      if (this.pending() > 0) void this.send();
    }, RETRY_MS);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearInterval(timer);
    });
    queueMicrotask(() => void this.load());
  }

  private key(): string {
    return `kemel.lessonStudy.notes.${this.id()}`;
  }

  private async load(): Promise<void> {
    this.notes.set(this.readLocal());
    try {
      const lesson = await firstValueFrom(this.api.getResearchLesson({ id: this.id() }, handlesErrors()));
      this.lesson.set(lesson);
      this.pupil.set(lesson.casePupils[0]?.id ?? null);
      this.stage.set(lesson.plan.stages[0]?.id ?? null);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    }
    void this.send();
  }

  protected pupilName(id: string): string {
    return this.lesson()?.casePupils.find((p) => p.id === id)?.pseudonym ?? '';
  }

  /** Keeps the note on the device first, then tries to send it. */
  protected add(): void {
    const pupilId = this.pupil();
    const text = this.text().trim();
    if (!pupilId || !text) return;
    this.notes.update((all) => [...all, { id: newId(), pupilId, stageId: this.stage(), observedAt: new Date().toISOString(), text, sent: false }]);
    this.writeLocal();
    this.text.set('');
    void this.send();
  }

  private async send(): Promise<void> {
    const unsent = this.notes().filter((n) => !n.sent);
    if (this.sending || unsent.length === 0 || !navigator.onLine) return;
    this.sending = true;
    try {
      const result = await firstValueFrom(this.api.saveResearchLessonNotes({
        id: this.id(), body: { notes: unsent.map((n) => ({ id: n.id, pupilId: n.pupilId, stageId: n.stageId, observedAt: n.observedAt, text: n.text })) },
      }, handlesErrors()));
      const saved = new Set(result.savedIds);
      this.notes.update((all) => all.map((n) => (saved.has(n.id) ? { ...n, sent: true } : n)));
      this.writeLocal();
      this.errors.set([]);
    } catch (e) {
      // A dropped connection leaves the notes on the device for the next try; a refusal (4xx) is shown.
      const status = (e as { status?: number }).status ?? 0;
      if (status >= 400 && status < 500) this.errors.set([errorText(e, (k) => this.l.t(k))]);
      else this.online.set(navigator.onLine);
    } finally {
      this.sending = false;
    }
  }

  private readLocal(): LocalNote[] {
    try {
      return JSON.parse(localStorage.getItem(this.key()) ?? '[]') as LocalNote[];
    } catch {
      return [];
    }
  }

  private writeLocal(): void {
    localStorage.setItem(this.key(), JSON.stringify(this.notes()));
  }
}
