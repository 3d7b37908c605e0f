import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { SchoolCourseOverviewDto } from '../api/models';
import { CourseClocksService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';

/** `/courses/school`: who is due for a course this year and next, hours by field, certificates expiring, and the half-year report. */
@Component({
  selector: 'app-course-school-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    <app-page-header [title]="'UI:Courses.SchoolTitle' | t" [subtitle]="'UI:Courses.SchoolHint' | t">
      @if (reports()) {
        <a mat-stroked-button href="/api/app/courses/report?culture=kk" download data-testid="course-report-kk">{{ 'UI:Courses.ReportKk' | t }}</a>
        <a mat-stroked-button href="/api/app/courses/report?culture=ru" download data-testid="course-report-ru">{{ 'UI:Courses.ReportRu' | t }}</a>
      }
    </app-page-header>
    <app-form-banner [messages]="errors()" />
    @if (!data()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    @if (data(); as d) {
      <div class="grid">
        <section class="surface" data-testid="course-due-this-year">
          <h2>{{ 'UI:Courses.DueThisYear' | t: d.year }}</h2>
          <ul class="rows">
            @for (c of d.dueThisYear; track c.staffMemberId) {
              <li><a [routerLink]="['/courses/clock', c.staffMemberId]" data-testid="course-staff-clock-link">{{ c.staffName }}</a> <span class="cell-secondary">· {{ c.category | enumText: 'QualificationCategory' }} ·
                @if (c.nextCourseDue) { {{ c.nextCourseDue | kDate }} } @else { {{ 'UI:Courses.NoCourseYet' | t }} }</span></li>
            } @empty { <li class="cell-secondary">{{ 'UI:Courses.NobodyDue' | t }}</li> }
          </ul>
        </section>
        <section class="surface" data-testid="course-due-next-year">
          <h2>{{ 'UI:Courses.DueNextYear' | t: +d.year + 1 }}</h2>
          <ul class="rows">
            @for (c of d.dueNextYear; track c.staffMemberId) { <li><a [routerLink]="['/courses/clock', c.staffMemberId]" data-testid="course-staff-clock-link">{{ c.staffName }}</a> <span class="cell-secondary">· {{ c.nextCourseDue | kDate }}</span></li> }
            @empty { <li class="cell-secondary">{{ 'UI:Courses.NobodyDue' | t }}</li> }
          </ul>
        </section>
        <section class="surface" data-testid="course-hours-by-field">
          <h2>{{ 'UI:Courses.HoursByField' | t }}</h2>
          <ul class="rows">
            @for (f of d.hoursByField; track f.field) { <li>{{ f.field }} <span class="cell-secondary">· {{ 'UI:Courses.HoursShort' | t: f.hours }} · {{ 'UI:Courses.Teachers' | t: f.teachers }}</span></li> }
            @empty { <li class="cell-secondary">{{ 'UI:Courses.NoHours' | t }}</li> }
          </ul>
        </section>
        <section class="surface" data-testid="course-expiring">
          <h2>{{ 'UI:Courses.Expiring' | t }}</h2>
          <ul class="rows">
            @for (e of d.expiringCertificates; track e.recordId) {
              <li><a [routerLink]="['/courses/records', e.recordId]">{{ e.staffName }}</a> <span class="cell-secondary">· {{ e.programmeTitle }} · {{ e.validUntil | kDate }}</span></li>
            } @empty { <li class="cell-secondary">{{ 'UI:Courses.NoneExpiring' | t }}</li> }
          </ul>
          <h2>{{ 'UI:Courses.ReportsDue' | t }}</h2>
          <ul class="rows">@for (r of d.reportsDue; track r.dueOn) { <li>{{ 'UI:Courses.ReportDueOn' | t: r.half : r.year }} — {{ r.dueOn | kDate }}</li> }</ul>
        </section>
      </div>
    }
  `,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 16px; }
    .surface { padding: 16px; min-width: 0; overflow-wrap: anywhere; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .rows { list-style: none; margin: 0 0 12px; padding: 0; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 6px 0; }
  `,
})
export class SchoolView {
  private readonly api = inject(CourseClocksService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  protected readonly reports = signal(this.config.isGranted(Permissions.CoursesReports));
  protected readonly data = signal<SchoolCourseOverviewDto | null>(null);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    firstValueFrom(this.api.getSchoolCourseOverview(undefined, handlesErrors()))
      .then((d) => this.data.set(d))
      .catch((e) => this.errors.set([errorText(e, (k) => this.l.t(k))]));
  }
}
