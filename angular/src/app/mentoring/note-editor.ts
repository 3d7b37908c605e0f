import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';

import { MentoringService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';

export type NoteKind = 'shared' | 'private';
type SaveState = 'idle' | 'saved' | 'saving' | 'offline' | 'conflict' | 'error';

/** What is kept on the device until the server has it: the text and the stamp it was written over. */
interface PendingNote {
  text: string;
  stamp: string | null;
  at: number;
}

const DEBOUNCE_MS = 900;
const RETRY_MS = 15_000;

/**
 * A meeting note saved as it is typed: a debounced PUT with the note's concurrency stamp. Until the server confirms, the text
 * stays in localStorage, so a dropped connection or a closed tab loses nothing; it is sent again when the connection returns
 * (and when the page is opened again). A stale stamp (409 Mentoring:NoteChangedMeanwhile) shows the other version and lets
 * the user keep both texts or take the other one.
 */
@Component({
  selector: 'app-note-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TPipe],
  template: `
    <section class="note" [class.note--private]="kind() === 'private'" [attr.data-testid]="'note-' + kind()">
      <h3 class="note__title">
        <mat-icon aria-hidden="true">{{ kind() === 'private' ? 'lock' : 'group' }}</mat-icon>
        {{ (kind() === 'private' ? 'UI:Mentoring.PrivateNote' : 'UI:Mentoring.SharedNote') | t }}
      </h3>
      <p class="cell-secondary note__hint">{{ (kind() === 'private' ? 'UI:Mentoring.PrivateNoteHint' : 'UI:Mentoring.SharedNoteHint') | t }}</p>
      <mat-form-field class="note__field">
        <mat-label>{{ (kind() === 'private' ? 'UI:Mentoring.PrivateNoteLabel' : 'UI:Mentoring.SharedNoteLabel') | t }}</mat-label>
        <textarea matInput [ngModel]="text()" (ngModelChange)="typed($event)" [disabled]="disabled()" rows="6" maxlength="20000"
                  [attr.data-testid]="'note-' + kind() + '-text'"></textarea>
      </mat-form-field>
      <p class="note__state" role="status" aria-live="polite" [attr.data-testid]="'note-' + kind() + '-state'" [attr.data-state]="state()">
        @switch (state()) {
          @case ('saving') { <mat-icon aria-hidden="true">sync</mat-icon>{{ 'UI:Mentoring.NoteSaving' | t }} }
          @case ('saved') { <mat-icon aria-hidden="true">cloud_done</mat-icon>{{ 'UI:Mentoring.NoteSaved' | t }} }
          @case ('offline') { <mat-icon aria-hidden="true">cloud_off</mat-icon>{{ 'UI:Mentoring.NoteOffline' | t }} }
          @case ('error') { <mat-icon aria-hidden="true">error_outline</mat-icon>{{ error() }} }
          @case ('conflict') { <mat-icon aria-hidden="true">call_split</mat-icon>{{ 'UI:Mentoring.NoteConflict' | t }} }
        }
        @if (editedBy()) { <span class="cell-secondary">@if (state() !== 'idle') { · }{{ 'UI:Mentoring.LastEditedBy' | t: editedBy() }}</span> }
      </p>
      @if (state() === 'conflict') {
        <div class="conflict" role="alert" data-testid="note-conflict">
          <p><strong>{{ 'UI:Mentoring.OtherVersion' | t }}</strong></p>
          <pre class="conflict__text" data-testid="note-conflict-other">{{ other() }}</pre>
          <div class="form-actions">
            <button mat-flat-button type="button" (click)="keepBoth()" data-testid="note-keep-both">{{ 'UI:Mentoring.KeepBoth' | t }}</button>
            <button mat-stroked-button type="button" (click)="takeOther()" data-testid="note-take-other">{{ 'UI:Mentoring.TakeOther' | t }}</button>
          </div>
        </div>
      }
    </section>
  `,
  styles: `
    .note { padding: 8px 0; }
    .note__title { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-medium); margin: 0 0 4px; }
    .note--private .note__title { color: var(--mat-sys-tertiary); }
    .note__hint { margin: 0 0 8px; }
    .note__field { width: 100%; }
    .note__state { display: flex; align-items: center; gap: 6px; min-height: 24px; margin: 4px 0 0; font: var(--mat-sys-body-small); flex-wrap: wrap; }
    .note__state mat-icon { font-size: 18px; width: 18px; height: 18px; }
    .conflict { border: 1px solid var(--mat-sys-outline); border-radius: 8px; padding: 8px 12px; margin-top: 8px; }
    .conflict__text { white-space: pre-wrap; overflow-wrap: anywhere; font: var(--mat-sys-body-medium); margin: 0 0 8px; max-height: 240px; overflow: auto; }
  `,
})
export class NoteEditor implements OnInit {
  readonly kind = input.required<NoteKind>();
  readonly meetingId = input.required<string>();
  readonly initialText = input<string>('');
  readonly initialStamp = input<string | null>(null);
  readonly lastEditedBy = input<string | null>(null);
  readonly disabled = input(false);

  private readonly api = inject(MentoringService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  protected readonly text = signal('');
  protected readonly state = signal<SaveState>('idle');
  protected readonly error = signal('');
  protected readonly other = signal('');
  protected readonly editedBy = computed(() => (this.kind() === 'shared' ? this.lastEditedBy() : null));
  private stamp: string | null = null;
  private otherStamp: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retry: ReturnType<typeof setInterval> | null = null;
  private sending = false;

  constructor() {
    const online = () => this.flush();
    window.addEventListener('online', online);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', online);
      if (this.timer) clearTimeout(this.timer);
      if (this.retry) clearInterval(this.retry);
      // Leaving the page with text not yet sent: it stays on the device and is sent next time.
    });
  }

  ngOnInit(): void {
    this.stamp = this.initialStamp();
    this.text.set(this.initialText() ?? '');
    const pending = this.readPending();
    if (pending && pending.text !== this.text()) {
      // Text typed on this device that the server never confirmed: show it and send it again (over the stamp it was written on).
      this.text.set(pending.text);
      this.stamp = pending.stamp;
      void this.send();
    } else if (pending) {
      this.clearPending();
    }
  }

  private get storageKey(): string {
    const u = this.config.currentUser();
    return `kemel.mentoring.note:${u?.id ?? ''}:${this.meetingId()}:${this.kind()}`;
  }

  private readPending(): PendingNote | null {
    try {
      const raw = localStorage.getItem(this.storageKey);
      return raw ? (JSON.parse(raw) as PendingNote) : null;
    } catch {
      return null;
    }
  }

  private writePending(): void {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ text: this.text(), stamp: this.stamp, at: Date.now() } satisfies PendingNote));
    } catch {
      /* storage full or disabled: the text is still sent */
    }
  }

  private clearPending(): void {
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      /* nothing kept */
    }
  }

  protected typed(value: string): void {
    this.text.set(value);
    this.writePending();
    if (this.state() === 'conflict') return;
    this.state.set('saving');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), DEBOUNCE_MS);
  }

  /** Sends what is pending now (the connection came back, or the retry timer fired). */
  flush(): void {
    if (this.readPending() && this.state() !== 'conflict') void this.send();
  }

  private async send(): Promise<void> {
    if (this.sending) {
      // One write at a time: the next one goes with the stamp the running one returns.
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.send(), 300);
      return;
    }
    this.sending = true;
    this.state.set('saving');
    const sent = this.text();
    const body = { text: sent, concurrencyStamp: this.stamp };
    try {
      const result =
        this.kind() === 'shared'
          ? await firstValueFrom(this.api.writeMentoringSharedNote({ id: this.meetingId(), body }, handlesErrors()))
          : await firstValueFrom(this.api.writeMentoringPrivateNote({ id: this.meetingId(), body }, handlesErrors()));
      this.stamp = result.concurrencyStamp;
      if (this.text() === sent) {
        this.clearPending();
        this.state.set('saved');
      } else {
        this.writePending();
      }
      this.stopRetry();
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) {
        await this.showConflict();
      } else if (problem.status === 0 || problem.status === -1 || problem.status >= 500) {
        this.state.set('offline');
        this.startRetry();
      } else {
        this.error.set(problemMessage(problem, (k) => this.l.t(k)));
        this.state.set('error');
      }
    } finally {
      this.sending = false;
    }
  }

  private async showConflict(): Promise<void> {
    try {
      if (this.kind() === 'shared') {
        const m = await firstValueFrom(this.api.getMentoringMeeting({ id: this.meetingId() }, handlesErrors()));
        this.other.set(m.sharedNote?.text ?? '');
        this.otherStamp = m.sharedNote?.concurrencyStamp ?? null;
      } else {
        const n = await firstValueFrom(this.api.getMentoringPrivateNote({ id: this.meetingId() }, handlesErrors()));
        this.other.set(n?.text ?? '');
        this.otherStamp = n?.concurrencyStamp ?? null;
      }
      this.state.set('conflict');
    } catch {
      this.state.set('offline');
      this.startRetry();
    }
  }

  /** Both texts: the other version first, then what was typed here. */
  protected keepBoth(): void {
    const mine = this.text();
    const theirs = this.other();
    this.stamp = this.otherStamp;
    this.text.set(theirs && mine && !mine.includes(theirs) ? `${theirs}\n\n${mine}` : mine || theirs);
    this.writePending();
    void this.send();
  }

  protected takeOther(): void {
    this.stamp = this.otherStamp;
    this.text.set(this.other());
    this.clearPending();
    this.state.set('saved');
  }

  private startRetry(): void {
    if (!this.retry) this.retry = setInterval(() => this.flush(), RETRY_MS);
  }

  private stopRetry(): void {
    if (this.retry) {
      clearInterval(this.retry);
      this.retry = null;
    }
  }
}
