import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseProgrammeListItemDto } from '../api/models';
import { CourseProgrammesService, CourseRecordsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { allPages } from '../shared/all-pages';

/** `/courses/record`: a completed course recorded in one step (programme, hours, dates, result, certificate number and date). */
@Component({
  selector: 'app-course-record-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TPipe, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    <app-page-header [title]="'UI:Courses.RecordTitle' | t" [subtitle]="'UI:Courses.RecordHint' | t" />
    <app-form-banner [messages]="errors()" />
    <form class="surface form" [formGroup]="form" (ngSubmit)="save()" data-testid="course-record-form" [attr.aria-busy]="loading()">
      <mat-form-field class="full">
        <mat-label>{{ 'UI:Courses.Programme' | t }}</mat-label>
        <mat-select formControlName="programmeId" data-testid="course-programme">
          @for (p of programmes(); track p.id) {
            <mat-option [value]="p.id">{{ p.title }} · {{ 'UI:Courses.HoursShort' | t: p.hours }}</mat-option>
          }
        </mat-select>
        @if (selected(); as p) { <mat-hint>{{ p.provider }} · {{ p.field }}</mat-hint> }
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.Hours' | t }}</mat-label>
          <input matInput type="number" formControlName="hours" data-testid="course-hours" />
          @if (selected(); as p) { <mat-hint>{{ 'UI:Courses.HoursMax' | t: p.hours }}</mat-hint> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.StartDate' | t }}</mat-label>
          <input matInput [matDatepicker]="dp1" formControlName="startDate" data-testid="course-start" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.EndDate' | t }}</mat-label>
          <input matInput [matDatepicker]="dp2" formControlName="endDate" data-testid="course-end" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.CertificateNumber' | t }}</mat-label>
          <input matInput formControlName="certificateNumber" data-testid="course-certificate-number" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.CertificateDate' | t }}</mat-label>
          <input matInput [matDatepicker]="dp3" formControlName="certificateDate" data-testid="course-certificate-date" /><mat-datepicker-toggle matIconSuffix [for]="dp3" /><mat-datepicker #dp3 />
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'UI:Courses.Result' | t }}</mat-label>
        <input matInput formControlName="result" data-testid="course-result" />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy() || form.invalid" data-testid="course-record-save">{{ 'UI:Save' | t }}</button>
        <a mat-button routerLink="/courses">{{ 'UI:Cancel' | t }}</a>
      </div>
    </form>
  `,
  styles: `
    .form { padding: 16px; display: flex; flex-direction: column; gap: 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 160px; min-width: 0; }
    .full { width: 100%; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
  `,
})
export class RecordForm {
  private readonly programmesApi = inject(CourseProgrammesService);
  private readonly api = inject(CourseRecordsService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly programmes = signal<CourseProgrammeListItemDto[]>([]);
  /** The catalogue is still loading (the programme select has no options yet). */
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    programmeId: ['', Validators.required],
    hours: [0, [Validators.required, Validators.min(1)]],
    startDate: ['', Validators.required],
    endDate: ['', Validators.required],
    certificateNumber: [''],
    certificateDate: [''],
    result: [''],
  });
  private readonly programmeId = toSignal(this.form.controls.programmeId.valueChanges, { initialValue: '' });
  protected readonly selected = computed(() => this.programmes().find((p) => p.id === this.programmeId()) ?? null);

  constructor() {
    void allPages((skipCount, maxResultCount) =>
      firstValueFrom(this.programmesApi.getCourseProgrammeList({ skipCount, maxResultCount }, handlesErrors())),
    )
      .then((items) => this.programmes.set(items))
      .catch((e) => this.errors.set([errorText(e, (k) => this.l.t(k))]))
      .finally(() => this.loading.set(false));
    this.form.controls.programmeId.valueChanges.subscribe((id) => {
      const p = this.programmes().find((x) => x.id === id);
      if (p && !this.form.controls.hours.value) this.form.controls.hours.setValue(Number(p.hours));
    });
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    const v = this.form.getRawValue();
    try {
      const record = await firstValueFrom(this.api.recordCompletedCourse({
        body: {
          programmeId: v.programmeId,
          completion: {
            hours: Number(v.hours), startDate: v.startDate, endDate: v.endDate, result: v.result || null, certificateNumber: v.certificateNumber || null,
            certificateDate: v.certificateDate || null,
          },
        },
      }, handlesErrors()));
      this.notify.success(this.l.t('UI:Courses.Recorded'));
      void this.router.navigate(['/courses/records', record.id]);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
