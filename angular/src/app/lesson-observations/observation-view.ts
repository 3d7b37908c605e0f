import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { LessonObservationDto, ObservationFormDto, StaffReferenceDto } from '../api/models';
import { LessonObservationsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
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

/** `/lesson-observations/:id`: read the observation; sign, reply, share, reopen as the abilities allow. */
@Component({
  selector: 'app-observation-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule, MatProgressBarModule,
    TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, NotFoundView, PageHeader, StaffPicker,
  ],
  template: `
    @if (notFound()) {
      <app-not-found-view backLink="/lesson-observations" backKey="UI:Obs.BackToList" />
    } @else {
      <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
        <a routerLink="/lesson-observations">{{ 'Menu:LessonObservations' | t }}</a>
      </nav>
      @if (obs(); as o) {
        <app-page-header [title]="o.observedName + ' · ' + o.subject + ', ' + o.className"
                         [subtitle]="('UI:Obs.ObservedBy' | t: o.observerName) + ' · ' + (o.lessonDate | kDate)">
          @if (o.abilities.canEdit) {
            <a mat-stroked-button [routerLink]="['/lesson-observations', o.id, 'edit']" data-testid="obs-edit">
              <mat-icon aria-hidden="true">edit</mat-icon>{{ 'UI:Obs.EditAction' | t }}
            </a>
          }
          @if (o.abilities.canSign) {
            <button mat-flat-button type="button" (click)="sign()" [disabled]="busy()" data-testid="obs-sign">
              <mat-icon aria-hidden="true">draw</mat-icon>{{ 'UI:Obs.Sign' | t }}
            </button>
          }
          <button mat-stroked-button type="button" [matMenuTriggerFor]="docMenu" data-testid="obs-docx">
            <mat-icon aria-hidden="true">download</mat-icon>{{ 'UI:Obs.Download' | t }}
          </button>
          <mat-menu #docMenu="matMenu">
            <a mat-menu-item [href]="docUrl(o.id, 'kk')" download data-testid="obs-docx-kk">{{ 'UI:Obs.DownloadKk' | t }}</a>
            <a mat-menu-item [href]="docUrl(o.id, 'ru')" download data-testid="obs-docx-ru">{{ 'UI:Obs.DownloadRu' | t }}</a>
          </mat-menu>
        </app-page-header>
        <div class="obs-chips">
          <span class="chip" [class.chip--warn]="o.purpose === 'Evaluation'" data-testid="obs-purpose-chip">{{ o.purpose | enumText: 'ObservationPurpose' }}</span>
          <span class="chip" data-testid="obs-status-chip">{{ o.status | enumText: 'ObservationStatus' }}</span>
          @if (o.isLocked) {
            <span class="chip" data-testid="obs-locked"><mat-icon aria-hidden="true" class="chip-icon">lock</mat-icon>{{ 'UI:Obs.Locked' | t }}</span>
          }
        </div>
        <div class="banner banner--info" role="note">
          <mat-icon aria-hidden="true">{{ o.purpose === 'Evaluation' ? 'gavel' : 'spa' }}</mat-icon>
          <p>{{ (o.purpose === 'Evaluation' ? 'UI:Obs.EvaluationNote' : 'UI:Obs.DevelopmentalNote') | t }}</p>
        </div>
      }
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <app-form-banner [messages]="errors()" />
      @if (conflict()) {
        <div class="banner banner--error" role="alert" data-testid="obs-conflict">
          <mat-icon aria-hidden="true">sync_problem</mat-icon>
          <p>{{ 'UI:Obs.Conflict' | t }}</p>
          <button mat-button type="button" (click)="load()">{{ 'UI:Obs.Reload' | t }}</button>
        </div>
      }

      @if (obs(); as o) {
        <section class="surface form-panel obs-section" data-testid="obs-details">
          <h2 class="form-section__title">{{ 'UI:Obs.SectionLesson' | t }}</h2>
          <dl class="obs-dl">
            @if (o.topic) { <dt>{{ 'DisplayName:Topic' | t }}</dt><dd>{{ o.topic }}</dd> }
            @if (o.learningObjectives) { <dt>{{ 'DisplayName:LearningObjectives' | t }}</dt><dd class="pre">{{ o.learningObjectives }}</dd> }
            @if (o.focus) { <dt>{{ 'DisplayName:Focus' | t }}</dt><dd>{{ o.focus }}</dd> }
            <dt>{{ 'DisplayName:ObjectivesMatched' | t }}</dt><dd>{{ o.objectivesMatched | enumText: 'ObjectivesMatch' }}</dd>
          </dl>

          <h2 class="form-section__title">{{ 'UI:Obs.Notes' | t }}</h2>
          @if (o.notes.length) {
            <ol class="obs-notes" data-testid="obs-notes">
              @for (n of o.notes; track $index) {
                <li><span class="obs-minute">{{ 'UI:Obs.MinuteShort' | t: n.minute }}</span> <span class="pre">{{ n.text }}</span></li>
              }
            </ol>
          } @else {
            <p class="cell-secondary">{{ 'UI:Obs.NoNotes' | t }}</p>
          }

          <h2 class="form-section__title">{{ 'DisplayName:Strengths' | t }}</h2>
          <p class="pre" data-testid="obs-strengths-text">{{ o.strengths || ('UI:Obs.NotFilled' | t) }}</p>
          <h2 class="form-section__title">{{ 'DisplayName:GrowthPoints' | t }}</h2>
          <p class="pre" data-testid="obs-growth-text">{{ o.growthPoints || ('UI:Obs.NotFilled' | t) }}</p>

          @if (o.formId) {
            <h2 class="form-section__title">{{ o.formName ?? ('UI:Obs.Sheet' | t) }}</h2>
            <ol class="obs-scores" data-testid="obs-scores-view">
              @for (s of o.scores; track s.criterionKey) {
                <li><span>{{ criterionText(s.criterionKey) }}</span> <strong>{{ s.score }}</strong></li>
              }
            </ol>
            <p class="obs-total" data-testid="obs-score-total">{{ 'UI:Obs.ScoreTotal' | t: (o.scoreTotal ?? 0) : (o.scoreMax ?? 0) }}</p>
          }
        </section>

        <section class="surface form-panel obs-section" data-testid="obs-reply-section">
          <h2 class="form-section__title">{{ 'UI:Obs.Reply' | t }}</h2>
          @if (o.teacherReply) {
            <p class="pre" data-testid="obs-reply-text">{{ o.teacherReply }}</p>
            @if (o.repliedAt) { <p class="cell-secondary">{{ o.repliedAt | kDate: true }}</p> }
          } @else if (!o.abilities.canReply) {
            <p class="cell-secondary">{{ 'UI:Obs.NoReply' | t }}</p>
          }
          @if (o.abilities.canReply) {
            <p class="cell-secondary">{{ 'UI:Obs.ReplyHint' | t }}</p>
            <mat-form-field class="full">
              <mat-label>{{ 'UI:Obs.ReplyText' | t }}</mat-label>
              <textarea matInput rows="4" [formControl]="replyText" data-testid="obs-reply"></textarea>
              <mat-error><app-field-error [control]="replyText" /></mat-error>
            </mat-form-field>
            <button mat-flat-button type="button" (click)="reply()" [disabled]="busy()" data-testid="obs-reply-send">{{ 'UI:Obs.SendReply' | t }}</button>
          }
        </section>

        @if (o.purpose === 'Developmental') {
          <section class="surface form-panel obs-section" data-testid="obs-sharing">
            <h2 class="form-section__title">{{ 'UI:Obs.Sharing' | t }}</h2>
            <p class="cell-secondary">{{ 'UI:Obs.SharingHint' | t }}</p>
            <mat-chip-set [attr.aria-label]="'UI:Obs.Sharing' | t">
              @for (s of (o.abilities.canShare ? shareDraft() : o.sharedWith); track s.id) {
                <mat-chip [removable]="o.abilities.canShare" (removed)="unshare(s.id)" [attr.data-testid]="'obs-shared-' + s.fullName">
                  {{ s.fullName }}
                  @if (o.abilities.canShare) {
                    <button matChipRemove [attr.aria-label]="'UI:Remove' | t"><mat-icon>cancel</mat-icon></button>
                  }
                </mat-chip>
              } @empty {
                <p class="cell-secondary">{{ 'UI:Obs.SharedWithNobody' | t }}</p>
              }
            </mat-chip-set>
            @if (o.abilities.canShare) {
              <app-staff-picker label="UI:Obs.ShareWith" testId="obs-share-picker" [excluded]="excludedFromSharing()" (picked)="addShare($event)" />
              <button mat-stroked-button type="button" (click)="share()" [disabled]="busy()" data-testid="obs-share-save">{{ 'UI:Obs.SaveSharing' | t }}</button>
            }
          </section>
        }

        @if (o.abilities.canReopen) {
          <section class="surface form-panel obs-section" data-testid="obs-reopen-section">
            <h2 class="form-section__title">{{ 'UI:Obs.Reopen' | t }}</h2>
            <p class="cell-secondary">{{ 'UI:Obs.ReopenHint' | t }}</p>
            <mat-form-field class="full">
              <mat-label>{{ 'UI:Obs.ReopenReason' | t }}</mat-label>
              <textarea matInput rows="2" [formControl]="reopenReason" required data-testid="obs-reopen-reason"></textarea>
              <mat-error><app-field-error [control]="reopenReason" /></mat-error>
            </mat-form-field>
            <button mat-stroked-button type="button" class="danger-text" (click)="reopen()" [disabled]="busy()" data-testid="obs-reopen">
              <mat-icon aria-hidden="true">lock_open</mat-icon>{{ 'UI:Obs.Reopen' | t }}
            </button>
          </section>
        }

        <section class="surface form-panel obs-section" data-testid="obs-history">
          <h2 class="form-section__title">{{ 'UI:History' | t }}</h2>
          <ul class="obs-events">
            <li>{{ o.creationTime | kDate: true }} · {{ 'UI:Obs.Created' | t }} · {{ o.observerName }}</li>
            @for (e of o.events; track $index) {
              <li [attr.data-testid]="'obs-event-' + e.kind">
                {{ e.time | kDate: true }} · {{ e.kind | enumText: 'ObservationEventKind' }} · {{ e.userName }}
                @if (e.reason) { <br /><span class="cell-secondary">{{ 'UI:Obs.ReasonLabel' | t: e.reason }}</span> }
              </li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .obs-chips { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 12px; }
    .chip-icon { font-size: 16px; width: 16px; height: 16px; vertical-align: middle; margin-right: 4px; }
    .obs-section { margin-top: 16px; overflow-wrap: anywhere; }
    .obs-dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 4px 16px; margin: 0 0 12px; }
    .obs-dl dt { color: var(--mat-sys-on-surface-variant); }
    .obs-dl dd { margin: 0; }
    @media (max-width: 599px) { .obs-dl { grid-template-columns: minmax(0, 1fr); } .obs-dl dd { margin-bottom: 8px; } }
    .obs-notes, .obs-scores, .obs-events { padding-left: 20px; margin: 0 0 12px; }
    .obs-notes li, .obs-scores li, .obs-events li { margin-bottom: 6px; }
    .obs-minute { font-weight: 600; }
    .obs-total { font: var(--mat-sys-title-small); }
    .pre { white-space: pre-line; }
    .full { width: 100%; }
  `,
})
export class ObservationView implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(LessonObservationsService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;

  protected readonly obs = signal<LessonObservationDto | null>(null);

  protected docUrl(id: string, culture: string): string {
    return `${this.rootUrl}${LessonObservationsService.GetLessonObservationDocumentPath.replace('{id}', encodeURIComponent(id))}?culture=${culture}`;
  }

  protected readonly sheet = signal<ObservationFormDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly conflict = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly shareDraft = signal<StaffReferenceDto[]>([]);
  protected readonly excludedFromSharing = computed(() => [...this.shareDraft().map((s) => s.id), this.obs()?.observedStaffMemberId ?? '']);

  protected readonly replyText = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  protected readonly reopenReason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(1000)] });

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.errors.set([]);
    try {
      const o = await firstValueFrom(this.api.getLessonObservation({ id: this.id() }, handlesErrors()));
      this.show(o);
      this.conflict.set(false); // only now: until the fresh record's stamp is in, a save would meet the conflict again
      if (o.formId && this.sheet()?.id !== o.formId) {
        this.sheet.set(await firstValueFrom(this.api.getObservationForm({ id: o.formId }, handlesErrors())).catch(() => null));
      }
    } catch (e) {
      const p = toProblem(e);
      if (p.status === 404 || p.status === 400) this.notFound.set(true);
      else this.errors.set([problemMessage(p, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private show(o: LessonObservationDto): void {
    this.obs.set(o);
    this.shareDraft.set([...o.sharedWith]);
    if (o.teacherReply && !this.replyText.dirty) this.replyText.setValue(o.teacherReply);
  }

  protected criterionText(key: string): string {
    const c = this.sheet()?.criteria.find((x) => x.key === key);
    if (!c) return key;
    const culture = this.l.culture();
    return (culture === 'kk' ? c.textKk : culture === 'ru' ? c.textRu : c.text) || c.text;
  }

  protected async sign(): Promise<void> {
    const o = this.obs();
    if (!o) return;
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Obs.SignTitle'),
      message: this.l.t(o.purpose === 'Evaluation' ? 'UI:Obs.SignEvaluationMessage' : 'UI:Obs.SignDevelopmentalMessage'),
      confirm: this.l.t('UI:Obs.Sign'),
    });
    if (!ok) return;
    await this.run(() => this.api.signLessonObservation({ id: o.id, body: { concurrencyStamp: o.concurrencyStamp } }, handlesErrors()), 'UI:Obs.Signed');
  }

  protected async reply(): Promise<void> {
    const o = this.obs();
    this.replyText.markAsTouched();
    if (!o || this.replyText.invalid) return;
    const done = await this.run(
      () => this.api.replyToLessonObservation({ id: o.id, body: { text: this.replyText.value.trim(), concurrencyStamp: o.concurrencyStamp } }, handlesErrors()),
      'UI:Obs.ReplySent',
      this.replyText,
    );
    if (done) this.replyText.markAsPristine();
  }

  protected addShare(s: StaffRef): void {
    if (!this.shareDraft().some((x) => x.id === s.id)) this.shareDraft.update((list) => [...list, { id: s.id, fullName: s.fullName }]);
  }

  protected unshare(id: string): void {
    this.shareDraft.update((list) => list.filter((x) => x.id !== id));
  }

  protected async share(): Promise<void> {
    const o = this.obs();
    if (!o) return;
    await this.run(
      () => this.api.shareLessonObservation({ id: o.id, body: { staffMemberIds: this.shareDraft().map((s) => s.id), concurrencyStamp: o.concurrencyStamp } }, handlesErrors()),
      'UI:Obs.SharingSaved',
    );
  }

  protected async reopen(): Promise<void> {
    const o = this.obs();
    this.reopenReason.markAsTouched();
    if (!o || this.reopenReason.invalid) return;
    const done = await this.run(
      () => this.api.reopenLessonObservation({ id: o.id, body: { reason: this.reopenReason.value.trim(), concurrencyStamp: o.concurrencyStamp } }, handlesErrors()),
      'UI:Obs.Reopened',
      this.reopenReason,
    );
    if (done) this.reopenReason.reset('');
  }

  private async run(call: () => Observable<LessonObservationDto>, doneKey: string, field?: FormControl<string>): Promise<boolean> {
    this.busy.set(true);
    this.errors.set([]);
    this.conflict.set(false);
    try {
      const o = await firstValueFrom(call());
      this.show(o);
      this.notify.success(this.l.t(doneKey));
      return true;
    } catch (e) {
      const p = toProblem(e);
      if (p.status === 409 && p.code !== 'LessonObservations:Locked') this.conflict.set(true);
      const fieldMessages = Object.values(p.errors).flat();
      if (field && fieldMessages.length) {
        field.setErrors({ server: fieldMessages.join(' ') });
        field.markAsTouched();
      } else {
        this.errors.set([problemMessage(p, (k) => this.l.t(k)), ...fieldMessages]);
      }
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}

