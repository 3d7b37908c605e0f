import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { CourseClockDto } from '../api/models';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { hoursPercent } from './course-utils';

/**
 * A staff member's course clocks: the three-year clock (when the next course is due) and the hours toward the next category.
 * `own` words the field-course line for the teacher herself ("your subject") or for the director reading it.
 */
@Component({
  selector: 'app-course-clock',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe],
  template: `
    @let c = clock();
    @let title = (own() ? 'UI:Courses.ClockTitle' : 'UI:Courses.StaffClockTitle') | t;
    <section class="surface clock" data-testid="course-clock" [attr.aria-label]="title">
      <h2>{{ title }}</h2>
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
            · {{ (c.fieldCourseInPeriod ? (own() ? 'UI:Courses.FieldCourseYes' : 'UI:Courses.StaffFieldCourseYes')
                                         : (own() ? 'UI:Courses.FieldCourseNo' : 'UI:Courses.StaffFieldCourseNo')) | t }}
          </p>
        </div>
      </div>
    </section>
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .clock__grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 16px; }
    .clock p { margin: 4px 0; }
    .big { font: var(--mat-sys-headline-small); }
    .overdue { color: var(--mat-sys-error); }
  `,
})
export class CourseClockPanel {
  readonly clock = input.required<CourseClockDto>();
  readonly own = input(true);
  protected readonly percent = computed(() => hoursPercent(Number(this.clock().hoursInPeriod), Number(this.clock().hoursRequired ?? 0)));
}
