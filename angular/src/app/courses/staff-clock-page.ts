import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseClockDto, CourseRecordDto } from '../api/models';
import { CourseClocksService, CourseRecordsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { CourseClockPanel } from './course-clock-panel';

/**
 * `/courses/clock/:staffMemberId` (director, deputy): one teacher's course clocks, the courses counted in the three-year period
 * and the teacher's course records, each opening the record page (where it is approved, declined or assessed).
 */
@Component({
  selector: 'app-course-staff-clock',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, CourseClockPanel, NotFoundView, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/courses">{{ 'Menu:Courses' | t }}</a> / <a routerLink="/courses/school">{{ 'UI:Courses.SchoolTitle' | t }}</a>
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @if (!clock() && !notFound()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    @if (clock(); as c) {
      <app-page-header [title]="c.staffName" [subtitle]="'UI:Courses.StaffClockHint' | t: (c.category | enumText: 'QualificationCategory')" />
      <app-course-clock [clock]="c" [own]="false" />
      <section class="surface" data-testid="course-clock-lines">
        <h2>{{ 'UI:Courses.ClockLines' | t: (c.periodStart | kDate) }}</h2>
        <ul class="rows">
          @for (line of c.lines; track $index) {
            <li data-testid="course-clock-line">{{ line.title }}
              <span class="cell-secondary">· {{ line.field }} · {{ 'UI:Courses.HoursShort' | t: line.hours }}
                @if (line.endDate) { · {{ line.endDate | kDate }} }
                @if (!line.counted) { · {{ 'UI:Courses.NotCounted' | t }} }
              </span>
            </li>
          } @empty { <li class="cell-secondary">{{ 'UI:Courses.NoHours' | t }}</li> }
        </ul>
      </section>
      <section class="surface" data-testid="course-staff-records">
        <h2>{{ 'UI:Courses.LedgerTitle' | t }}</h2>
        <ul class="rows">
          @for (r of records(); track r.id) {
            <li><a [routerLink]="['/courses/records', r.id]" data-testid="course-staff-record">{{ r.programmeTitle }}</a>
              <span class="cell-secondary">· {{ r.status | enumText: 'CourseRecordStatus' }}@if (r.endDate ?? r.plannedStart; as d) { · {{ d | kDate }} }</span>
            </li>
          } @empty { <li class="cell-secondary">{{ 'UI:Courses.NoCourseYet' | t }}</li> }
        </ul>
      </section>
    }
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; min-width: 0; overflow-wrap: anywhere; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 6px 0; }
  `,
})
export class StaffClockPage {
  readonly staffMemberId = input.required<string>();
  private readonly clocks = inject(CourseClocksService);
  private readonly records$ = inject(CourseRecordsService);
  protected readonly clock = signal<CourseClockDto | null>(null);
  protected readonly records = signal<CourseRecordDto[]>([]);
  protected readonly notFound = signal(false);

  ngOnInit(): void {
    const staffMemberId = this.staffMemberId();
    firstValueFrom(this.clocks.getCourseClock({ staffMemberId }, handlesErrors()))
      .then((c) => this.clock.set(c))
      .catch(() => this.notFound.set(true));
    firstValueFrom(this.records$.getCourseRecordList({ staffMemberId, maxResultCount: 50 }, handlesErrors()))
      .then((r) => this.records.set(r.items ?? []))
      .catch(() => this.records.set([]));
  }
}
