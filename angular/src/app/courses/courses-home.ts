import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseClockDto, CourseRecordDto } from '../api/models';
import { CourseClocksService, CourseRecordsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText, hoursPercent } from './course-utils';

/** `/courses`: the teacher's course clocks (three-year clock, hours toward the next category) and her course ledger. */
@Component({
  selector: 'app-courses-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, FormBanner, PageHeader],
  template: `
    <app-page-header [title]="'Menu:Courses' | t" [subtitle]="'UI:Courses.HomeHint' | t">
      <a mat-flat-button routerLink="/courses/record" data-testid="course-record-new"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.RecordCompleted' | t }}</a>
      <a mat-stroked-button routerLink="/courses/programmes" data-testid="course-programmes-link">{{ 'UI:Courses.ProgrammesTitle' | t }}</a>
      <a mat-stroked-button routerLink="/courses/plans" data-testid="course-plans-link">{{ 'UI:Courses.PlansTitle' | t }}</a>
      @if (viewAll()) { <a mat-stroked-button routerLink="/courses/school" data-testid="course-school-link">{{ 'UI:Courses.SchoolTitle' | t }}</a> }
    </app-page-header>
    <app-form-banner [messages]="errors()" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    @if (clock(); as c) {
      <section class="surface clock" data-testid="course-clock" [attr.aria-label]="'UI:Courses.ClockTitle' | t">
        <h2>{{ 'UI:Courses.ClockTitle' | t }}</h2>
        <div class="clock__grid">
          <div>
            <p class="cell-secondary">{{ 'UI:Courses.NextCourseDue' | t }}</p>
            <p class="big" data-testid="course-clock-due" [class.overdue]="c.overdue">
              @if (c.nextCourseDue) { {{ c.nextCourseDue | kDate }} } @else { {{ 'UI:Courses.NoCourseYet' | t }} }
            </p>
            @if (c.lastCourseEnd) { <p class="cell-secondary">{{ 'UI:Courses.LastCourse' | t: (c.lastCourseEnd | kDate) }}</p> }
          </div>
          <div>
            <p class="cell-secondary">{{ 'UI:Courses.HoursToward' | t: (c.nextCategory | enumText: 'QualificationCategory') }}</p>
            <p class="big" data-testid="course-clock-hours">{{ c.hoursInPeriod }} / {{ c.hoursRequired ?? '—' }}</p>
            <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="'UI:Courses.HoursTitle' | t" />
            <p class="cell-secondary" data-testid="course-clock-missing">
              @if (+c.hoursMissing > 0) { {{ 'UI:Courses.HoursMissing' | t: c.hoursMissing }} } @else { {{ 'UI:Courses.HoursEnough' | t }} }
              · {{ (c.fieldCourseInPeriod ? 'UI:Courses.FieldCourseYes' : 'UI:Courses.FieldCourseNo') | t }}
            </p>
          </div>
        </div>
      </section>
    }
    <section class="surface" [attr.aria-label]="'UI:Courses.LedgerTitle' | t">
      <h2>{{ 'UI:Courses.LedgerTitle' | t }}</h2>
      <ul class="rows" data-testid="course-ledger">
        @for (r of records(); track r.id) {
          <li>
            <a [routerLink]="['/courses/records', r.id]" data-testid="course-record-link">
              <strong>{{ r.programmeTitle }}</strong>
              <span class="cell-secondary">
                <span class="chip" data-testid="course-record-status">{{ r.status | enumText: 'CourseRecordStatus' }}</span>
                {{ r.provider }}@if (r.hours) { · {{ 'UI:Courses.HoursShort' | t: r.hours }} }@if (r.endDate) { · {{ r.endDate | kDate }} }
              </span>
            </a>
          </li>
        } @empty {
          @if (!loading()) { <li class="table-empty" data-testid="course-ledger-empty">{{ 'UI:Courses.LedgerEmpty' | t }}</li> }
        }
      </ul>
    </section>
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .clock__grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 16px; }
    .clock p { margin: 4px 0; }
    .big { font: var(--mat-sys-headline-small); }
    .overdue { color: var(--mat-sys-error); }
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .rows a { display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .chip { margin-right: 6px; }
  `,
})
export class CoursesHome {
  private readonly clocks = inject(CourseClocksService);
  private readonly api = inject(CourseRecordsService);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.CoursesViewAll));
  protected readonly loading = signal(true);
  protected readonly errors = signal<string[]>([]);
  protected readonly clock = signal<CourseClockDto | null>(null);
  protected readonly records = signal<CourseRecordDto[]>([]);
  protected readonly percent = computed(() => hoursPercent(Number(this.clock()?.hoursInPeriod ?? 0), Number(this.clock()?.hoursRequired ?? 0)));

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [clock, records] = await Promise.all([
        firstValueFrom(this.clocks.getMyCourseClock(undefined, handlesErrors())).catch(() => null),
        firstValueFrom(this.api.getCourseRecordList({ mine: true, maxResultCount: 100 }, handlesErrors())),
      ]);
      this.clock.set(clock);
      this.records.set(records.items ?? []);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}
