import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CardAddresseeOptionDto, ReflectionCardBlock, ReflectionCardDto, ReflectionCardFormDto, ReflectionCardKind, ReflectionCardQuestionDto } from '../api/models';
import { ReflectionCardsService } from '../api/services';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { currentAcademicYear } from '../shared/academic-year';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { StaffPicker } from '../shared/staff-picker';

const BLOCKS: ReflectionCardBlock[] = ['Preparation', 'Deepening', 'Action', 'Conclusion'];

/**
 * `/mentoring/cards/new` (`?kind=YearEnd&year=2026` for the year-end card) and `/mentoring/cards/:id`: the reflection card of
 * seed 004, four blocks and eleven questions in the reader's language, the 0–10 scale with "what gives +1", and (weekly) the
 * question to the mentor or a deputy. The teacher writes; her mentor and those she shares with read.
 */
@Component({
  selector: 'app-card-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, MatSliderModule,
    TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, NotFoundView, PageHeader, StaffPicker,
  ],
  template: `
    @if (notFound()) {
      <app-not-found-view backLink="/mentoring/cards" backKey="UI:Mentoring.BackToCards" />
    } @else {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
        <a routerLink="/mentoring/cards">{{ 'UI:Mentoring.CardsTitle' | t }}</a>
      </nav>
      <app-page-header [title]="form()?.title ?? (kindValue() | enumText: 'ReflectionCardKind')" [subtitle]="subtitle()" />
      @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <app-form-banner [messages]="errors()" />
      @if (card(); as c) {
        <p class="cell-secondary">{{ c.teacherName }} · @if (c.weekStart) { {{ 'UI:Mentoring.WeekOf' | t: (c.weekStart | kDate) }} } @else { {{ c.academicYearLabel }} }</p>
      }
      @if (form(); as f) {
        <form [formGroup]="answers" (ngSubmit)="save()" novalidate data-testid="card-form">
          @for (b of blocks; track b) {
            <section class="surface form-panel" [attr.aria-label]="b | enumText: 'ReflectionCardBlock'">
              <h2 class="form-section__title">{{ b | enumText: 'ReflectionCardBlock' }}</h2>
              @for (q of questionsOf(b); track q.key) {
                <div class="question" [attr.data-testid]="'card-q-' + q.key">
                  <p class="question__text"><strong>{{ q.number }}.</strong> {{ q.text }}</p>
                  @if (q.hasScore) {
                    <div class="score">
                      <span class="score__label" id="score-label">{{ 'UI:Mentoring.Confidence' | t }}: <strong data-testid="card-score-value">{{ scoreText() }}</strong></span>
                      <mat-slider min="0" max="10" step="1" discrete [showTickMarks]="true" [disabled]="!canEdit()">
                        <input matSliderThumb [formControl]="score" aria-labelledby="score-label" data-testid="card-score" />
                      </mat-slider>
                    </div>
                  }
                  @if (canEdit()) {
                    <mat-form-field class="question__field">
                      <mat-label>{{ (q.hasScore ? 'UI:Mentoring.WhatGivesPlusOne' : q.isQuestionToAddressee ? 'UI:Mentoring.MyQuestion' : 'UI:Mentoring.Answer') | t }}</mat-label>
                      <textarea matInput [formControlName]="q.key" rows="3" [attr.data-testid]="'card-a-' + q.key"></textarea>
                      <mat-error><app-field-error [control]="answers.controls[q.key]" /></mat-error>
                    </mat-form-field>
                  } @else {
                    <p class="answer">{{ answers.controls[q.key]?.value || '—' }}</p>
                  }
                  @if (q.isQuestionToAddressee) {
                    @if (canEdit()) {
                      <mat-form-field class="question__field">
                        <mat-label>{{ 'UI:Mentoring.AskWho' | t }}</mat-label>
                        <mat-select [formControl]="addressee" data-testid="card-addressee">
                          <mat-option [value]="null">{{ 'UI:Mentoring.AskNobody' | t }}</mat-option>
                          @for (o of addressees(); track o.staffMemberId) {
                            <mat-option [value]="o.staffMemberId">{{ o.fullName }} · {{ o.kind | enumText: 'CardQuestionAddressee' }}</mat-option>
                          }
                        </mat-select>
                        <mat-hint>{{ 'UI:Mentoring.AskWhoHint' | t }}</mat-hint>
                      </mat-form-field>
                    } @else if (card()?.addressee; as a) {
                      <p class="cell-secondary">{{ 'UI:Mentoring.AskedTo' | t: a.fullName }}</p>
                    }
                    @if (card()?.questionAnswer; as qa) {
                      <div class="reply" data-testid="card-question-answer">
                        <strong>{{ 'UI:Mentoring.ReplyFrom' | t: (card()?.addressee?.fullName ?? '') }}</strong>
                        <p>{{ qa }}</p>
                      </div>
                    }
                  }
                </div>
              }
            </section>
          }
          @if (card()?.abilities?.canShare) {
            <section class="surface form-panel" data-testid="card-shares" [attr.aria-label]="'UI:Mentoring.ShareTitle' | t">
              <h2 class="form-section__title">{{ 'UI:Mentoring.ShareTitle' | t }}</h2>
              <p class="cell-secondary">{{ 'UI:Mentoring.ShareHint' | t }}</p>
              <ul class="shares">
                @for (p of card()!.sharedWith; track p.staffMemberId) {
                  <li data-testid="card-share">
                    <span>{{ p.fullName }}</span>
                    <button mat-icon-button type="button" (click)="unshare(p.staffMemberId)" [disabled]="busy()" [attr.aria-label]="'UI:Mentoring.Unshare' | t: p.fullName"><mat-icon>close</mat-icon></button>
                  </li>
                } @empty {
                  <li class="cell-secondary">{{ 'UI:Mentoring.SharedWithNobody' | t }}</li>
                }
              </ul>
              <app-staff-picker label="UI:Mentoring.ShareWith" testId="card-share-picker" [excluded]="shareExcluded()" (picked)="share($event.id)" />
            </section>
          }
          @if (canEdit()) {
            <div class="form-actions sticky-actions">
              <a mat-button routerLink="/mentoring/cards">{{ 'UI:Cancel' | t }}</a>
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="card-save">
                <mat-icon aria-hidden="true">save</mat-icon>{{ 'UI:Save' | t }}
              </button>
            </div>
          }
        </form>
      }
    }
  `,
  styles: `
    .surface { margin-bottom: 16px; }
    .question { padding: 8px 0 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .question:last-child { border-bottom: 0; }
    .question__text { margin: 0 0 8px; overflow-wrap: anywhere; }
    .question__field { width: 100%; }
    .answer { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
    .score { display: flex; flex-direction: column; gap: 0; margin-bottom: 8px; overflow-x: clip; }
    .score mat-slider { width: 100%; max-width: 480px; }
    .reply { border-left: 3px solid var(--mat-sys-primary); padding: 4px 12px; margin-top: 8px; }
    .shares { list-style: none; margin: 0 0 8px; padding: 0; }
    .shares li { display: flex; align-items: center; justify-content: space-between; gap: 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); min-height: 44px; overflow-wrap: anywhere; }
    .reply p { margin: 4px 0 0; white-space: pre-wrap; }
  `,
})
export class CardPage {
  readonly id = input<string>();
  readonly kind = input<string>();
  readonly year = input<string>();

  private readonly api = inject(ReflectionCardsService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly drafts = inject(DraftService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly l = inject(LocalizationService);

  protected readonly blocks = BLOCKS;
  protected readonly form = signal<ReflectionCardFormDto | null>(null);
  protected readonly card = signal<ReflectionCardDto | null>(null);
  protected readonly addressees = signal<CardAddresseeOptionDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly kindValue = computed<ReflectionCardKind>(() => this.card()?.kind ?? (this.kind() === 'YearEnd' ? 'YearEnd' : 'Weekly'));
  protected readonly canEdit = computed(() => (this.card() ? this.card()!.abilities.canEdit : true));
  protected readonly subtitle = computed(() => this.l.t(this.kindValue() === 'Weekly' ? 'UI:Mentoring.WeeklyCardHint' : 'UI:Mentoring.YearEndCardHint'));

  protected answers = new FormGroup<Record<string, FormControl<string>>>({});
  protected readonly score = new FormControl<number | null>(null);
  protected readonly addressee = new FormControl<string | null>(null);
  private readonly scoreValue = signal<number | null>(null);
  protected readonly scoreText = computed(() => (this.scoreValue() === null ? '—' : `${this.scoreValue()}/10`));
  private draft: FormDraft | null = null;
  protected readonly shareExcluded = computed(() => {
    const c = this.card();
    return c ? [c.teacherStaffMemberId, ...c.sharedWith.map((p) => p.staffMemberId)] : [];
  });

  constructor() {
    this.score.valueChanges.subscribe((v) => this.scoreValue.set(v));
    queueMicrotask(() => void this.load());
  }

  protected questionsOf(b: ReflectionCardBlock): ReflectionCardQuestionDto[] {
    return (this.form()?.questions ?? []).filter((q) => q.block === b).sort((a, c) => Number(a.number) - Number(c.number));
  }

  private async load(): Promise<void> {
    try {
      let card: ReflectionCardDto | null = null;
      if (this.id()) card = await firstValueFrom(this.api.getReflectionCard({ id: this.id()! }, handlesErrors()));
      const kind: ReflectionCardKind = card?.kind ?? (this.kind() === 'YearEnd' ? 'YearEnd' : 'Weekly');
      const [form, addressees] = await Promise.all([
        firstValueFrom(this.api.getReflectionCardForm({ kind }, handlesErrors())),
        kind === 'Weekly' && (!card || card.abilities.canEdit) ? firstValueFrom(this.api.getCardAddresseeOptions(undefined, handlesErrors())) : Promise.resolve([]),
      ]);
      const group: Record<string, FormControl<string>> = {};
      for (const q of form.questions) {
        group[q.key] = new FormControl(card?.answers.find((a) => a.key === q.key)?.text ?? '', { nonNullable: true, validators: [Validators.maxLength(4000)] });
      }
      group['__score'] = this.score as unknown as FormControl<string>;
      group['__addressee'] = this.addressee as unknown as FormControl<string>;
      this.answers = new FormGroup(group);
      this.score.setValue(card?.score === null || card?.score === undefined ? null : Number(card.score));
      this.addressee.setValue(card?.addressee?.staffMemberId ?? null);
      this.addressees.set(addressees);
      this.card.set(card);
      this.form.set(form);
      if (!card || card.abilities.canEdit) {
        this.draft = this.drafts.track(`reflection-card:${card?.id ?? 'new-' + kind}`, this.answers, {}, this.destroyRef);
      }
    } catch (e) {
      const p = toProblem(e);
      if (p.status === 404) this.notFound.set(true);
      else this.errors.set([problemMessage(p, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    this.answers.markAllAsTouched();
    if (this.answers.invalid || this.busy()) return;
    const questions = this.form()?.questions ?? [];
    const answers = questions.map((q) => ({ key: q.key, text: (this.answers.controls[q.key]?.value ?? '').trim() || null }));
    const content = { answers, score: this.score.value, addresseeStaffMemberId: this.addressee.value };
    this.busy.set(true);
    this.errors.set([]);
    try {
      const c = this.card();
      let saved: ReflectionCardDto;
      if (c) {
        saved = await firstValueFrom(this.api.updateReflectionCard({ id: c.id, body: { ...content, concurrencyStamp: c.concurrencyStamp } }, handlesErrors()));
      } else if (this.kindValue() === 'YearEnd') {
        const year = Number(this.year()) || currentAcademicYear();
        saved = await firstValueFrom(this.api.createYearEndReflectionCard({ body: { ...content, academicYear: year } }, handlesErrors()));
      } else {
        saved = await firstValueFrom(this.api.createWeeklyReflectionCard({ body: content }, handlesErrors()));
      }
      this.draft?.clear();
      this.card.set(saved);
      this.notify.success(this.l.t('UI:Mentoring.CardSaved'));
      if (!c) void this.router.navigate(['/mentoring/cards', saved.id], { replaceUrl: true });
    } catch (e) {
      const p = toProblem(e);
      this.errors.set([...new Set([problemMessage(p, (k) => this.l.t(k)), ...Object.values(p.errors).flat()])]);
    } finally {
      this.busy.set(false);
    }
  }

  protected share(staffId: string): void {
    const c = this.card();
    if (c) void this.saveShares([...c.sharedWith.map((p) => p.staffMemberId), staffId]);
  }

  protected unshare(staffId: string): void {
    const c = this.card();
    if (c) void this.saveShares(c.sharedWith.map((p) => p.staffMemberId).filter((id) => id !== staffId));
  }

  /** Who else reads the card besides the teacher and her mentor (a colleague, the methodologist…). */
  private async saveShares(ids: string[]): Promise<void> {
    const c = this.card()!;
    this.busy.set(true);
    this.errors.set([]);
    try {
      this.card.set(await firstValueFrom(this.api.shareReflectionCard({ id: c.id, body: { staffMemberIds: ids, concurrencyStamp: c.concurrencyStamp } }, handlesErrors())));
      this.notify.success(this.l.t('UI:SavedChanges'));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
