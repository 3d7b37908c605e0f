import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { MentoringMeetingDto, MentoringPairDto } from '../api/models';
import { MentoringService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText, fromIsoMoment, toIsoMoment, todayIso } from './mentoring-utils';
import { SchoolZone } from './school-zone';
import { DATE_FIELD } from '../core/i18n/date-adapter';

function linkValidator(c: AbstractControl): ValidationErrors | null {
  const v = String(c.value ?? '').trim();
  return !v || /^https?:\/\/\S+$/i.test(v) ? null : { link: true };
}

/** `/mentoring/meetings/new?pair=…` and `/mentoring/meetings/:id/edit`: when, how long, where (a place or an online link), the agenda. */
@Component({
  selector: 'app-meeting-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormBanner, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/mentoring">{{ 'Menu:Mentoring' | t }}</a>
    </nav>
    <app-page-header [title]="(id() ? 'UI:Mentoring.EditSchedule' : 'UI:Mentoring.ScheduleTitle') | t" [subtitle]="'UI:Mentoring.ScheduleHint' | t" />
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <section class="surface form-panel">
      <app-form-banner [messages]="errors()" />
      @if (!loading() && !id() && !pairs().length) {
        <p class="table-empty" data-testid="schedule-no-pairs">{{ 'UI:Mentoring.NoActivePairs' | t }}</p>
      } @else {
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form-grid" data-testid="meeting-form">
          @if (!id()) {
            <mat-form-field class="span-2">
              <mat-label>{{ 'UI:Mentoring.Pair' | t }}</mat-label>
              <mat-select formControlName="pairId" data-testid="meeting-pair">
                @for (p of pairs(); track p.id) {
                  <mat-option [value]="p.id">{{ p.mentorName }} → {{ p.menteeName }} · {{ p.kind | enumText: 'MentoringPairKind' }}</mat-option>
                }
              </mat-select>
              <mat-error><app-field-error [control]="form.controls.pairId" /></mat-error>
            </mat-form-field>
          }
          <mat-form-field>
            <mat-label>{{ 'UI:Mentoring.Date' | t }}</mat-label>
            <input matInput [matDatepicker]="dp1" formControlName="date" data-testid="meeting-date" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
            <mat-error><app-field-error [control]="form.controls.date" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Mentoring.Time' | t }}</mat-label>
            <input matInput type="time" formControlName="time" data-testid="meeting-time" />
            <mat-hint>{{ 'UI:Mentoring.TimeZoneHint' | t: schoolZone.zone() }}</mat-hint>
            <mat-error><app-field-error [control]="form.controls.time" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Mentoring.DurationMinutes' | t }}</mat-label>
            <input matInput type="number" min="1" max="720" formControlName="durationMinutes" data-testid="meeting-duration" />
            <mat-hint>{{ 'UI:Mentoring.DurationHint' | t }}</mat-hint>
            <mat-error><app-field-error [control]="form.controls.durationMinutes" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Mentoring.Topic' | t }}</mat-label>
            <input matInput formControlName="topic" data-testid="meeting-topic" />
            <mat-error><app-field-error [control]="form.controls.topic" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Mentoring.Place' | t }}</mat-label>
            <input matInput formControlName="place" data-testid="meeting-place" />
            <mat-error><app-field-error [control]="form.controls.place" /></mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:Mentoring.OnlineLink' | t }}</mat-label>
            <input matInput type="url" formControlName="onlineLink" placeholder="https://" data-testid="meeting-link" />
            <mat-error>
              @if (form.controls.onlineLink.hasError('link')) { {{ 'UI:Mentoring.LinkInvalid' | t }} } @else { <app-field-error [control]="form.controls.onlineLink" /> }
            </mat-error>
          </mat-form-field>
          @if (!id()) {
            <mat-form-field class="span-2">
              <mat-label>{{ 'UI:Mentoring.AgendaLines' | t }}</mat-label>
              <textarea matInput formControlName="agenda" rows="4" data-testid="meeting-agenda"></textarea>
              <mat-hint>{{ 'UI:Mentoring.AgendaLinesHint' | t }}</mat-hint>
            </mat-form-field>
          }
          <div class="form-actions span-2">
            <a mat-button [routerLink]="id() ? ['/mentoring/meetings', id()] : ['/mentoring']">{{ 'UI:Cancel' | t }}</a>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="meeting-save">
              <mat-icon aria-hidden="true">event_available</mat-icon>{{ (id() ? 'UI:Save' : 'UI:Mentoring.Schedule') | t }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
})
export class MeetingForm {
  /** The meeting being re-scheduled (route `:id/edit`); empty for a new one. */
  readonly id = input<string>();
  /** The pair to plan for (query `?pair=`). */
  readonly pair = input<string>();

  private readonly api = inject(MentoringService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly l = inject(LocalizationService);
  /** Meeting times are typed in the school's time zone (its settings), whatever the device's zone. */
  protected readonly schoolZone = inject(SchoolZone);

  protected readonly pairs = signal<MentoringPairDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  private existing: MentoringMeetingDto | null = null;
  protected readonly editing = computed(() => !!this.id());

  protected readonly form = this.fb.group({
    pairId: [''],
    date: [todayIso(), Validators.required],
    time: ['15:00', Validators.required],
    durationMinutes: [45, [Validators.required, Validators.min(1), Validators.max(720)]],
    topic: ['', Validators.maxLength(500)],
    place: ['', Validators.maxLength(500)],
    onlineLink: ['', [Validators.maxLength(1000), linkValidator]],
    agenda: [''],
  });

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private async load(): Promise<void> {
    try {
      const zone = await this.schoolZone.ensure();
      if (!this.id()) this.form.controls.date.setValue(todayIso(new Date(), zone));
      if (this.id()) {
        const m = await firstValueFrom(this.api.getMentoringMeeting({ id: this.id()! }, handlesErrors()));
        this.existing = m;
        const { date, time } = fromIsoMoment(m.startsAt, zone);
        this.form.patchValue({ pairId: m.pairId, date, time, durationMinutes: Number(m.durationMinutes), topic: m.topic ?? '', place: m.place ?? '', onlineLink: m.onlineLink ?? '' });
      } else {
        this.form.controls.pairId.addValidators(Validators.required);
        const r = await firstValueFrom(this.api.getMentoringPairList({ mine: true, active: true, maxResultCount: 100 }, handlesErrors()));
        const mine = (r.items ?? []).filter((p) => p.abilities.canScheduleMeetings);
        this.pairs.set(mine);
        const wanted = this.pair() && mine.find((p) => p.id === this.pair());
        this.form.controls.pairId.setValue(wanted ? wanted.id : mine.length === 1 ? mine[0].id : '');
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
    const common = {
      startsAt: toIsoMoment(v.date, v.time), durationMinutes: Number(v.durationMinutes), topic: v.topic.trim() || null, place: v.place.trim() || null,
      onlineLink: v.onlineLink.trim() || null,
    };
    this.busy.set(true);
    this.errors.set([]);
    try {
      let saved: MentoringMeetingDto;
      if (this.existing) {
        saved = await firstValueFrom(
          this.api.updateMentoringMeeting({ id: this.existing.id, body: { ...common, concurrencyStamp: this.existing.concurrencyStamp } }, handlesErrors()),
        );
      } else {
        const agenda = v.agenda.split('\n').map((s) => s.trim()).filter((s) => s).map((text) => ({ text, done: false }));
        saved = await firstValueFrom(this.api.createMentoringMeeting({ body: { ...common, pairId: v.pairId, agenda } }, handlesErrors()));
      }
      this.notify.success(this.l.t('UI:Mentoring.Scheduled'));
      void this.router.navigate(['/mentoring/meetings', saved.id]);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
