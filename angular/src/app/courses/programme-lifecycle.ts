import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseProgrammeDto, ExpertConclusion, ProgrammeLifecycleDto, ProgrammeSection } from '../api/models';
import { PROGRAMME_SECTION } from '../api/models/programme-section-array';
import { CourseCatalogueService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';

const date = () => new FormControl<string>('', { nonNullable: true });

/**
 * `/host/course-programmes/:id/lifecycle`: a provider programme's lifecycle (seed 002 ch. 2), recorded by the platform
 * operator step by step; the deadlines (discussion end, revision, approval, review) are counted by the server in working days
 * on the Kazakh calendar and shown with what is late.
 */
@Component({
  selector: 'app-programme-lifecycle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, KDatePipe, FormBanner, NotFoundView, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/host/course-programmes">{{ 'Menu:CourseCatalogue' | t }}</a></nav>
    @if (notFound()) { <app-not-found-view /> }
    @if (programme(); as p) {
      <app-page-header [title]="'UI:Courses.LifecycleTitle' | t" [subtitle]="p.title" />
      <app-form-banner [messages]="errors()" />
      @if (state(); as s) {
        <section class="surface pad state" data-testid="lifecycle-state" aria-live="polite">
          <p><span class="chip" data-testid="lifecycle-stage">{{ s.stage | enumText: 'ProgrammeLifecycleStage' }}</span>
            @if (s.overdue) { <span class="bad" data-testid="lifecycle-overdue">{{ 'UI:Courses.LifecycleOverdue' | t }}</span> }</p>
          <dl>
            @if (s.discussionEnds) { <dt>{{ 'UI:Courses.DiscussionEnds' | t }}</dt><dd data-testid="lifecycle-discussion-ends">{{ s.discussionEnds | kDate }}</dd> }
            @if (s.revisionDue) { <dt>{{ 'UI:Courses.RevisionDue' | t }}</dt><dd>{{ s.revisionDue | kDate }}@if (s.resubmittedLate) { · <span class="bad">{{ 'UI:Courses.Late' | t }}</span> }</dd> }
            @if (s.approvalDue) { <dt>{{ 'UI:Courses.ApprovalDue' | t }}</dt><dd data-testid="lifecycle-approval-due">{{ s.approvalDue | kDate }}@if (s.approvedLate) { · <span class="bad">{{ 'UI:Courses.Late' | t }}</span> }</dd> }
            @if (s.nextReviewDue) { <dt>{{ 'UI:Courses.NextReviewDue' | t }}</dt><dd data-testid="lifecycle-review-due">{{ s.nextReviewDue | kDate }}</dd> }
          </dl>
          <p class="cell-secondary">{{ 'UI:Courses.WorkingDaysHint' | t }}</p>
        </section>
      }
      <!-- Shown once the recorded steps are loaded: what is typed before would be replaced by them. -->
      @if (state()) {
      <form class="surface pad form" [formGroup]="form" (ngSubmit)="save()" data-testid="lifecycle-form">
        <h2>{{ 'UI:Courses.LifecycleDevelopment' | t }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.ProtocolDate' | t }}</mat-label>
            <input matInput [matDatepicker]="d1" formControlName="protocolDate" data-testid="lifecycle-protocol" /><mat-datepicker-toggle matIconSuffix [for]="d1" /><mat-datepicker #d1 /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.ProtocolSignedBy' | t }}</mat-label><input matInput formControlName="protocolSignedBy" /></mat-form-field>
        </div>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.DevelopmentOrderNumber' | t }}</mat-label><input matInput formControlName="developmentOrderNumber" /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.DevelopmentOrderDate' | t }}</mat-label>
            <input matInput [matDatepicker]="d2" formControlName="developmentOrderDate" /><mat-datepicker-toggle matIconSuffix [for]="d2" /><mat-datepicker #d2 /></mat-form-field>
        </div>
        <fieldset class="sections">
          <legend>{{ 'UI:Courses.MandatorySections' | t }}</legend>
          @for (sec of sections; track sec) {
            <mat-checkbox [checked]="done().includes(sec)" (change)="toggle(sec)" [attr.data-testid]="'lifecycle-section-' + sec">{{ sec | enumText: 'ProgrammeSection' }}</mat-checkbox>
          }
        </fieldset>
        <mat-form-field><mat-label>{{ 'UI:Courses.OldestLiteratureYear' | t }}</mat-label><input matInput type="number" formControlName="oldestLiteratureYear" /></mat-form-field>
        <h2>{{ 'UI:Courses.LifecycleDiscussion' | t }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.DiscussionStart' | t }}</mat-label>
            <input matInput [matDatepicker]="d3" formControlName="discussionStart" data-testid="lifecycle-discussion" /><mat-datepicker-toggle matIconSuffix [for]="d3" /><mat-datepicker #d3 /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.DiscussionLink' | t }}</mat-label><input matInput type="url" formControlName="discussionLink" /></mat-form-field>
        </div>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.CommentsReceived' | t }}</mat-label><input matInput type="number" min="0" formControlName="commentsReceived" /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.CommentsAnswered' | t }}</mat-label><input matInput type="number" min="0" formControlName="commentsAnswered" /></mat-form-field>
        </div>
        <h2>{{ 'UI:Courses.LifecycleAgreement' | t }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.RevisionReceivedOn' | t }}</mat-label>
            <input matInput [matDatepicker]="d4" formControlName="revisionReceivedOn" /><mat-datepicker-toggle matIconSuffix [for]="d4" /><mat-datepicker #d4 /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.ResubmittedOn' | t }}</mat-label>
            <input matInput [matDatepicker]="d5" formControlName="resubmittedOn" /><mat-datepicker-toggle matIconSuffix [for]="d5" /><mat-datepicker #d5 /></mat-form-field>
        </div>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.Conclusion' | t }}</mat-label>
            <mat-select formControlName="conclusion" data-testid="lifecycle-conclusion">
              <mat-option value="">—</mat-option>
              @for (c of conclusions; track c) { <mat-option [value]="c">{{ c | enumText: 'ExpertConclusion' }}</mat-option> }
            </mat-select></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.ConclusionReceivedOn' | t }}</mat-label>
            <input matInput [matDatepicker]="d6" formControlName="conclusionReceivedOn" data-testid="lifecycle-conclusion-on" /><mat-datepicker-toggle matIconSuffix [for]="d6" /><mat-datepicker #d6 /></mat-form-field>
        </div>
        <h2>{{ 'UI:Courses.LifecycleApproval' | t }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'UI:Courses.ApprovalOrderNumber' | t }}</mat-label><input matInput formControlName="approvalOrderNumber" /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.ApprovedOn' | t }}</mat-label>
            <input matInput [matDatepicker]="d7" formControlName="approvedOn" data-testid="lifecycle-approved-on" /><mat-datepicker-toggle matIconSuffix [for]="d7" /><mat-datepicker #d7 /></mat-form-field>
          <mat-form-field><mat-label>{{ 'UI:Courses.LastReviewedOn' | t }}</mat-label>
            <input matInput [matDatepicker]="d8" formControlName="lastReviewedOn" /><mat-datepicker-toggle matIconSuffix [for]="d8" /><mat-datepicker #d8 /></mat-form-field>
        </div>
        <mat-checkbox formControlName="cancelled">{{ 'UI:Courses.CancelledByReview' | t }}</mat-checkbox>
        @if (canManage()) {
          <div class="actions"><button mat-flat-button type="submit" [disabled]="busy() || form.invalid" data-testid="lifecycle-save">{{ 'UI:Save' | t }}</button></div>
        }
      </form>
      }
    }
  `,
  styles: `
    .pad { padding: 16px; margin-bottom: 16px; }
    .form { display: flex; flex-direction: column; gap: 4px; }
    h2 { font: var(--mat-sys-title-medium); margin: 12px 0 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 200px; min-width: 0; }
    .sections { border: 0; margin: 0 0 8px; padding: 0; display: flex; flex-direction: column; }
    .sections legend { color: var(--mat-sys-on-surface-variant); padding: 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; }
    .bad { color: var(--mat-sys-error); margin-left: 8px; }
    .actions { display: flex; justify-content: flex-end; }
    @media (max-width: 480px) { dl { grid-template-columns: 1fr; } }
  `,
})
export class ProgrammeLifecyclePage {
  readonly id = input.required<string>();
  private readonly api = inject(CourseCatalogueService);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly sections = PROGRAMME_SECTION;
  protected readonly conclusions: ExpertConclusion[] = ['Agree', 'Refuse'];
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.CourseCatalogueManage));
  protected readonly programme = signal<CourseProgrammeDto | null>(null);
  protected readonly state = signal<ProgrammeLifecycleDto | null>(null);
  protected readonly done = signal<ProgrammeSection[]>([]);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    protocolDate: new FormControl<string>('', { nonNullable: true, validators: Validators.required }),
    protocolSignedBy: [''], developmentOrderNumber: [''], developmentOrderDate: date(),
    oldestLiteratureYear: new FormControl<number | null>(null),
    discussionStart: date(), discussionLink: [''], commentsReceived: [0, Validators.min(0)], commentsAnswered: [0, Validators.min(0)],
    revisionReceivedOn: date(), resubmittedOn: date(), conclusion: new FormControl<ExpertConclusion | ''>('', { nonNullable: true }), conclusionReceivedOn: date(),
    approvalOrderNumber: [''], approvedOn: date(), lastReviewedOn: date(), cancelled: [false],
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.programme.set(await firstValueFrom(this.api.getHostCourseProgramme({ id: this.id() }, handlesErrors())));
      this.show(await firstValueFrom(this.api.getHostCourseProgrammeLifecycle({ id: this.id() }, handlesErrors())));
      if (!this.canManage()) this.form.disable();
    } catch {
      this.notFound.set(true);
    }
  }

  private show(s: ProgrammeLifecycleDto): void {
    this.state.set(s);
    this.done.set([...s.sectionsDone]);
    this.form.reset({
      protocolDate: s.protocolDate ?? '', protocolSignedBy: s.protocolSignedBy ?? '', developmentOrderNumber: s.developmentOrderNumber ?? '',
      developmentOrderDate: s.developmentOrderDate ?? '', oldestLiteratureYear: s.oldestLiteratureYear === null ? null : Number(s.oldestLiteratureYear),
      discussionStart: s.discussionStart ?? '', discussionLink: s.discussionLink ?? '', commentsReceived: Number(s.commentsReceived),
      commentsAnswered: Number(s.commentsAnswered), revisionReceivedOn: s.revisionReceivedOn ?? '', resubmittedOn: s.resubmittedOn ?? '',
      conclusion: s.conclusion ?? '', conclusionReceivedOn: s.conclusionReceivedOn ?? '', approvalOrderNumber: s.approvalOrderNumber ?? '',
      approvedOn: s.approvedOn ?? '', lastReviewedOn: s.lastReviewedOn ?? '', cancelled: s.cancelled,
    });
  }

  protected toggle(section: ProgrammeSection): void {
    const list = this.done();
    this.done.set(list.includes(section) ? list.filter((x) => x !== section) : [...list, section]);
  }

  protected async save(): Promise<void> {
    const v = this.form.getRawValue();
    const orNull = (x: string | null) => (typeof x === 'string' ? x.trim() : x) || null;
    this.busy.set(true);
    this.errors.set([]);
    try {
      this.show(await firstValueFrom(this.api.updateHostCourseProgrammeLifecycle({
        id: this.id(),
        body: {
          protocolDate: v.protocolDate, protocolSignedBy: orNull(v.protocolSignedBy), developmentOrderNumber: orNull(v.developmentOrderNumber),
          developmentOrderDate: orNull(v.developmentOrderDate), sectionsDone: this.done(),
          oldestLiteratureYear: v.oldestLiteratureYear === null || (v.oldestLiteratureYear as unknown) === '' ? null : Number(v.oldestLiteratureYear),
          discussionStart: orNull(v.discussionStart), discussionLink: orNull(v.discussionLink), commentsReceived: Number(v.commentsReceived) || 0,
          commentsAnswered: Number(v.commentsAnswered) || 0, revisionReceivedOn: orNull(v.revisionReceivedOn), resubmittedOn: orNull(v.resubmittedOn),
          conclusion: v.conclusion || null, conclusionReceivedOn: orNull(v.conclusionReceivedOn), approvalOrderNumber: orNull(v.approvalOrderNumber),
          approvedOn: orNull(v.approvedOn), lastReviewedOn: orNull(v.lastReviewedOn), cancelled: v.cancelled,
          concurrencyStamp: this.state()?.concurrencyStamp ?? null,
        },
      }, handlesErrors())));
      this.notify.success(this.l.t('UI:Courses.Saved'));
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
