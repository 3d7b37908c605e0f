import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Observable, firstValueFrom } from 'rxjs';

import { CourseRecordDto } from '../api/models';
import { CourseRecordsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';

type Mode = 'decline' | 'attend' | 'complete' | null;
type ActionForm = FormGroup;

/** Business codes about one field of the completion form: their message shows beside that field. */
const COMPLETION_FIELDS: Record<string, string> = {
  'Courses:HoursOutOfRange': 'hours',
  'Courses:HoursOverProgramme': 'hours',
  'Courses:EndBeforeStart': 'endDate',
  'Courses:CertificateBeforeStart': 'certificateDate',
};

/**
 * The record's next steps on its page: the reviewer declines a requested course with a reason (approving stays in the header);
 * the teacher (or Courses.Manage) marks an approved course as being attended with its dates, and completes a course from
 * elsewhere with its hours, dates, result and certificate (a completed one can be corrected the same way). Each shows only when
 * the record's status and the caller's abilities allow it.
 */
@Component({
  selector: 'app-course-record-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DATE_FIELD, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TPipe, FieldError, FormBanner],
  template: `
    @let r = record();
    @if (canDecline() || canAttend() || r.abilities.canComplete) {
      <div class="actions" data-testid="course-record-actions">
        @if (canAttend()) {
          <button mat-flat-button type="button" (click)="open('attend')" [disabled]="mode() === 'attend'" data-testid="course-attend">{{ 'UI:Courses.Attend' | t }}</button>
        }
        @if (r.abilities.canComplete) {
          <button mat-flat-button type="button" (click)="open('complete')" [disabled]="mode() === 'complete'" data-testid="course-complete">
            {{ (r.status === 'Completed' ? 'UI:Courses.EditCompletion' : 'UI:Courses.Complete') | t }}
          </button>
        }
        @if (canDecline()) {
          <button mat-stroked-button type="button" class="danger-text" (click)="open('decline')" [disabled]="mode() === 'decline'" data-testid="course-decline">{{ 'UI:Courses.Decline' | t }}</button>
        }
      </div>
    }
    @if (mode(); as m) {
      <app-form-banner [messages]="errors()" />
      @if (m === 'decline') {
        <form class="surface form" [formGroup]="decline" (ngSubmit)="saveDecline()" data-testid="course-decline-form">
          <h2>{{ 'UI:Courses.DeclineTitle' | t }}</h2>
          <mat-form-field class="full">
            <mat-label>{{ 'UI:Courses.DeclineReason' | t }}</mat-label>
            <textarea matInput rows="3" formControlName="comment" maxlength="2000" data-testid="course-decline-reason"></textarea>
            <mat-error><app-field-error [control]="decline.controls.comment" /></mat-error>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" class="danger-button" [disabled]="busy()" data-testid="course-decline-save">{{ 'UI:Courses.Decline' | t }}</button>
            <button mat-button type="button" (click)="close()">{{ 'UI:Cancel' | t }}</button>
          </div>
        </form>
      }
      @if (m === 'attend') {
        <form class="surface form" [formGroup]="attend" (ngSubmit)="saveAttend()" data-testid="course-attend-form">
          <h2>{{ 'UI:Courses.AttendTitle' | t }}</h2>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.StartDate' | t }}</mat-label>
              <input matInput [matDatepicker]="a1" formControlName="startDate" data-testid="course-attend-start" /><mat-datepicker-toggle matIconSuffix [for]="a1" /><mat-datepicker #a1 />
              <mat-error><app-field-error [control]="attend.controls.startDate" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.EndDate' | t }}</mat-label>
              <input matInput [matDatepicker]="a2" formControlName="endDate" data-testid="course-attend-end" /><mat-datepicker-toggle matIconSuffix [for]="a2" /><mat-datepicker #a2 />
              <mat-error><app-field-error [control]="attend.controls.endDate" /></mat-error>
            </mat-form-field>
          </div>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="course-attend-save">{{ 'UI:Save' | t }}</button>
            <button mat-button type="button" (click)="close()">{{ 'UI:Cancel' | t }}</button>
          </div>
        </form>
      }
      @if (m === 'complete') {
        <form class="surface form" [formGroup]="complete" (ngSubmit)="saveComplete()" data-testid="course-complete-form">
          <h2>{{ 'UI:Courses.CompleteTitle' | t }}</h2>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.Hours' | t }}</mat-label>
              <input matInput type="number" formControlName="hours" data-testid="course-complete-hours" />
              <mat-hint>{{ 'UI:Courses.HoursMax' | t: r.programmeHours }}</mat-hint>
              <mat-error><app-field-error [control]="complete.controls.hours" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.StartDate' | t }}</mat-label>
              <input matInput [matDatepicker]="c1" formControlName="startDate" data-testid="course-complete-start" /><mat-datepicker-toggle matIconSuffix [for]="c1" /><mat-datepicker #c1 />
              <mat-error><app-field-error [control]="complete.controls.startDate" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.EndDate' | t }}</mat-label>
              <input matInput [matDatepicker]="c2" formControlName="endDate" data-testid="course-complete-end" /><mat-datepicker-toggle matIconSuffix [for]="c2" /><mat-datepicker #c2 />
              <mat-error><app-field-error [control]="complete.controls.endDate" /></mat-error>
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.CertificateNumber' | t }}</mat-label>
              <input matInput formControlName="certificateNumber" data-testid="course-complete-certificate-number" />
              <mat-error><app-field-error [control]="complete.controls.certificateNumber" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Courses.CertificateDate' | t }}</mat-label>
              <input matInput [matDatepicker]="c3" formControlName="certificateDate" data-testid="course-complete-certificate-date" /><mat-datepicker-toggle matIconSuffix [for]="c3" /><mat-datepicker #c3 />
              <mat-error><app-field-error [control]="complete.controls.certificateDate" /></mat-error>
            </mat-form-field>
          </div>
          <mat-form-field class="full">
            <mat-label>{{ 'UI:Courses.Result' | t }}</mat-label>
            <input matInput formControlName="result" data-testid="course-complete-result" />
            <mat-error><app-field-error [control]="complete.controls.result" /></mat-error>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="course-complete-save">{{ 'UI:Save' | t }}</button>
            <button mat-button type="button" (click)="close()">{{ 'UI:Cancel' | t }}</button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    :host { display: block; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 16px; }
    .form { padding: 16px; margin-bottom: 16px; display: flex; flex-direction: column; gap: 4px; }
    .form .actions { margin-bottom: 0; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 160px; min-width: 0; }
    .full { width: 100%; }
  `,
})
export class RecordActions {
  readonly record = input.required<CourseRecordDto>();
  readonly changed = output<CourseRecordDto>();
  private readonly api = inject(CourseRecordsService);
  private readonly confirm = inject(ConfirmService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly mode = signal<Mode>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** Declining is the approver's other answer to a request. */
  protected readonly canDecline = computed(() => this.record().abilities.canApprove);
  protected readonly canAttend = computed(() => this.record().abilities.canAttend);

  protected readonly decline = this.fb.group({ comment: ['', [Validators.required, Validators.maxLength(2000)]] });
  protected readonly attend = this.fb.group({ startDate: ['', Validators.required], endDate: ['', Validators.required] });
  protected readonly complete = this.fb.group({
    hours: [0, [Validators.required, Validators.min(1)]],
    startDate: ['', Validators.required],
    endDate: ['', Validators.required],
    certificateNumber: ['', Validators.maxLength(100)],
    certificateDate: [''],
    result: ['', Validators.maxLength(1000)],
  });

  protected open(mode: Exclude<Mode, null>): void {
    const r = this.record();
    this.errors.set([]);
    if (mode === 'decline') this.decline.reset();
    if (mode === 'attend') this.attend.reset({ startDate: r.startDate ?? r.plannedStart ?? '', endDate: r.endDate ?? '' });
    if (mode === 'complete') {
      this.complete.reset({
        hours: Number(r.hours ?? r.programmeHours), startDate: r.startDate ?? r.plannedStart ?? '', endDate: r.endDate ?? '',
        certificateNumber: r.certificateNumber ?? '', certificateDate: r.certificateDate ?? '', result: r.result ?? '',
      });
    }
    this.mode.set(mode);
  }

  protected close(): void {
    this.mode.set(null);
    this.errors.set([]);
  }

  protected async saveDecline(): Promise<void> {
    if (!this.ready(this.decline)) return;
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Courses.DeclineTitle'), message: this.l.t('UI:Courses.DeclineConfirm', this.record().staffName), confirm: this.l.t('UI:Courses.Decline'), danger: true,
    });
    if (!ok) return;
    const r = this.record();
    await this.run(this.decline, {}, 'UI:Courses.Declined', () =>
      this.api.declineCourseRecord({ id: r.id, body: { concurrencyStamp: r.concurrencyStamp, comment: this.decline.getRawValue().comment.trim() } }, handlesErrors()));
  }

  protected async saveAttend(): Promise<void> {
    if (!this.ready(this.attend)) return;
    const r = this.record();
    const v = this.attend.getRawValue();
    await this.run(this.attend, { 'Courses:EndBeforeStart': 'endDate' }, 'UI:Courses.Attended', () =>
      this.api.attendCourse({ id: r.id, body: { concurrencyStamp: r.concurrencyStamp, startDate: v.startDate, endDate: v.endDate } }, handlesErrors()));
  }

  protected async saveComplete(): Promise<void> {
    if (!this.ready(this.complete)) return;
    const r = this.record();
    const v = this.complete.getRawValue();
    const completion = {
      hours: Number(v.hours), startDate: v.startDate, endDate: v.endDate, result: v.result.trim() || null,
      certificateNumber: v.certificateNumber.trim() || null, certificateDate: v.certificateDate || null,
    };
    await this.run(this.complete, COMPLETION_FIELDS, 'UI:Courses.Completed', () =>
      this.api.completeCourse({ id: r.id, body: { concurrencyStamp: r.concurrencyStamp, completion } }, handlesErrors()));
  }

  private ready(form: ActionForm): boolean {
    clearServerErrors(form);
    form.markAllAsTouched();
    return form.valid && !this.busy();
  }

  private async run(
    form: ActionForm, codeFields: Record<string, string>, done: string,
    call: () => Observable<CourseRecordDto>,
  ): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const saved = await firstValueFrom(call());
      this.mode.set(null);
      this.notify.success(this.l.t(done));
      this.changed.emit(saved);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(form, problem, codeFields);
      const onField = !!(problem.code && codeFields[problem.code]);
      this.errors.set([...new Set([...(onField ? [] : [problemMessage(problem, (k) => this.l.t(k))]), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
