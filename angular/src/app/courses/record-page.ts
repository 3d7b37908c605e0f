import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AttachmentDto, CourseRecordDto } from '../api/models';
import { AttachmentsService, CourseRecordsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { AttachmentUpload } from '../shared/attachment-upload';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';
import { RecordActions } from './record-actions';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';

/**
 * `/courses/records/:id`: one course of the ledger: its dates, hours, result and certificate (the uploaded file and number; for
 * a course the platform ran, the certificate's QR code and public page), the deputy's approval of a request, and the way to
 * the post-course plan.
 */
@Component({
  selector: 'app-course-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, AttachmentUpload, FormBanner, NotFoundView, PageHeader, RecordActions],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    @if (notFound()) { <app-not-found-view /> }
    @if (record(); as r) {
      <app-page-header [title]="r.programmeTitle" [subtitle]="r.staffName + ' · ' + r.provider">
        @if (r.abilities.canApprove) {
          <button mat-flat-button type="button" (click)="approve()" [disabled]="busy()" data-testid="course-approve">{{ 'UI:Courses.Approve' | t }}</button>
        }
        @if (r.abilities.canAssess) {
          <a mat-flat-button [routerLink]="['/courses/records', r.id, 'assess']" data-testid="course-assess">{{ 'UI:Courses.Assess' | t }}</a>
        }
        @if (r.abilities.canPlan) {
          <a mat-flat-button [routerLink]="['/courses/plans/new']" [queryParams]="{ record: r.id }" data-testid="course-plan-new">{{ 'UI:Courses.NewPlan' | t }}</a>
        }
        @if (r.postCoursePlanId) {
          <a mat-stroked-button [routerLink]="['/courses/plans', r.postCoursePlanId]" data-testid="course-plan-open">{{ 'UI:Courses.OpenPlan' | t }}</a>
        }
      </app-page-header>
      <app-form-banner [messages]="errors()" />
      <app-course-record-actions [record]="r" (changed)="record.set($event)" />
      <section class="surface details" data-testid="course-record-details">
        <dl>
          <dt>{{ 'UI:Status' | t }}</dt><dd data-testid="course-record-status">{{ r.status | enumText: 'CourseRecordStatus' }}</dd>
          @if (r.declineComment) { <dt>{{ 'UI:Courses.DeclineReason' | t }}</dt><dd data-testid="course-decline-comment">{{ r.declineComment }}</dd> }
          @if (viewAll() && r.staffMemberId) {
            <dt>{{ 'UI:Courses.StaffClockTitle' | t }}</dt>
            <dd><a [routerLink]="['/courses/clock', r.staffMemberId]" data-testid="course-record-staff-clock">{{ r.staffName }}</a></dd>
          }
          <dt>{{ 'UI:Courses.Field' | t }}</dt><dd>{{ r.field }}</dd>
          <dt>{{ 'UI:Courses.Dates' | t }}</dt><dd>{{ r.startDate | kDate }} – {{ r.endDate | kDate }}</dd>
          <dt>{{ 'UI:Courses.Hours' | t }}</dt><dd data-testid="course-record-hours">{{ r.hours ?? '—' }} / {{ r.programmeHours }}</dd>
          @if (r.result) { <dt>{{ 'UI:Courses.Result' | t }}</dt><dd>{{ r.result }}</dd> }
          @if (r.certificateNumber) { <dt>{{ 'UI:Courses.CertificateNumber' | t }}</dt><dd data-testid="course-certificate-number">{{ r.certificateNumber }}</dd> }
          @if (r.certificateDate) { <dt>{{ 'UI:Courses.CertificateDate' | t }}</dt><dd>{{ r.certificateDate | kDate }}</dd> }
          @if (r.totalScore !== null) { <dt>{{ 'UI:Courses.Score' | t }}</dt><dd>{{ r.totalScore }}@if (r.grade) { · {{ r.grade }} }</dd> }
          @if (r.issuedDocument !== 'None') { <dt>{{ 'UI:Courses.Issued' | t }}</dt><dd>{{ r.issuedDocument | enumText: 'CourseDocumentKind' }}</dd> }
          @if (r.certificateValidUntil) { <dt>{{ 'UI:Courses.ValidUntil' | t }}</dt><dd>{{ r.certificateValidUntil | kDate }}</dd> }
        </dl>
        @if (r.certificateToken) {
          <figure class="qr" data-testid="course-certificate-qr">
            <img [src]="'/api/public/certificates/' + r.certificateToken + '/qr'" [alt]="'UI:Courses.QrAlt' | t" width="160" height="160" />
            <figcaption><a [routerLink]="['/verify', r.certificateToken]" data-testid="course-certificate-verify">{{ 'UI:Courses.VerifyLink' | t }}</a></figcaption>
          </figure>
        }
      </section>
      <section class="surface" [attr.aria-label]="'UI:Courses.CertificateFile' | t">
        <h2>{{ 'UI:Courses.CertificateFile' | t }}</h2>
        <app-attachment-upload ownerType="CourseRecord" [ownerId]="r.id" [files]="files()" [editable]="r.abilities.canAttach" [deleteOnRemove]="true"
                               [emptyText]="'UI:Courses.CertificateFileEmpty' | t" testId="course-certificate-files"
                               (uploaded)="files.set([...files(), $event])" (removed)="drop($event)" />
      </section>
    }
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .details { display: flex; flex-wrap: wrap; gap: 16px; justify-content: space-between; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; min-width: 0; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; overflow-wrap: anywhere; }
    .qr { margin: 0; text-align: center; }
    @media (max-width: 480px) { dl { grid-template-columns: 1fr; } }
  `,
})
export class RecordPage {
  readonly id = input.required<string>();
  private readonly api = inject(CourseRecordsService);
  private readonly attachments = inject(AttachmentsService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly record = signal<CourseRecordDto | null>(null);
  protected readonly files = signal<AttachmentDto[]>([]);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly viewAll = signal(inject(AppConfigService).isGranted(Permissions.CoursesViewAll));

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.record.set(await firstValueFrom(this.api.getCourseRecord({ id: this.id() }, handlesErrors())));
      this.files.set(await firstValueFrom(this.attachments.getAttachments({ ownerType: 'CourseRecord', ownerId: this.id() }, handlesErrors())));
    } catch {
      this.notFound.set(true);
    }
  }

  protected drop(file: AttachmentDto): void {
    this.files.set(this.files().filter((f) => f.id !== file.id));
  }

  protected async approve(): Promise<void> {
    const r = this.record();
    if (!r) return;
    this.busy.set(true);
    try {
      this.record.set(await firstValueFrom(this.api.approveCourseRecord({ id: r.id, body: { concurrencyStamp: r.concurrencyStamp } }, handlesErrors())));
      this.notify.success(this.l.t('UI:Courses.Approved'));
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
