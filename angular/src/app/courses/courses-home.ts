import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseClockDto, CourseRecordDto, CourseRecordStatus } from '../api/models';
import { COURSE_RECORD_STATUS } from '../api/models/course-record-status-array';
import { CourseClocksService, CourseRecordsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { CourseClockPanel } from './course-clock-panel';
import { calendarYearParam, errorText, recentCalendarYears } from './course-utils';

interface LedgerQuery extends PageQuery {
  filter: string;
  status: CourseRecordStatus | '';
  year: number | '';
  /** The school's records ('all', for those who read them) or one's own (''). */
  scope: 'all' | '';
}

/** `/courses`: the teacher's course clocks (three-year clock, hours toward the next category) and her course ledger. */
@Component({
  selector: 'app-courses-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, KDatePipe, CourseClockPanel, FilterBar, FormBanner, PageHeader,
  ],
  template: `
    <app-page-header [title]="'Menu:Courses' | t" [subtitle]="'UI:Courses.HomeHint' | t">
      <a mat-flat-button routerLink="/courses/record" data-testid="course-record-new"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.RecordCompleted' | t }}</a>
      <a mat-stroked-button routerLink="/courses/programmes" data-testid="course-programmes-link">{{ 'UI:Courses.ProgrammesTitle' | t }}</a>
      <a mat-stroked-button routerLink="/courses/plans" data-testid="course-plans-link">{{ 'UI:Courses.PlansTitle' | t }}</a>
      @if (viewAll()) { <a mat-stroked-button routerLink="/courses/school" data-testid="course-school-link">{{ 'UI:Courses.SchoolTitle' | t }}</a> }
    </app-page-header>
    <app-form-banner [messages]="errors()" />
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    @if (clock(); as c) { <app-course-clock [clock]="c" /> }
    <section class="surface list-panel" [attr.aria-label]="'UI:Courses.LedgerTitle' | t">
      <h2>{{ 'UI:Courses.LedgerTitle' | t }}</h2>
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="course-ledger-search"
                      [searchPlaceholder]="(viewAll() ? 'UI:Courses.SearchLedgerAll' : 'UI:Courses.SearchLedger') | t"
                      [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="clearFilters()">
        @if (viewAll()) {
          <mat-form-field>
            <mat-label>{{ 'UI:Courses.Whose' | t }}</mat-label>
            <mat-select formControlName="scope" data-testid="course-ledger-scope">
              <mat-option value="">{{ 'UI:Courses.WhoseMine' | t }}</mat-option>
              <mat-option value="all">{{ 'UI:Courses.WhoseSchool' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'UI:Status' | t }}</mat-label>
          <mat-select formControlName="status" data-testid="course-ledger-status">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (s of statuses; track s) { <mat-option [value]="s">{{ s | enumText: 'CourseRecordStatus' }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.Year' | t }}</mat-label>
          <mat-select formControlName="year" data-testid="course-ledger-year">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (y of years; track y) { <mat-option [value]="y">{{ y }}</mat-option> }
          </mat-select>
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="course-ledger">
        @for (r of list.items(); track r.id) {
          <li>
            <a [routerLink]="['/courses/records', r.id]" data-testid="course-record-link">
              <strong>@if (list.query().scope) { {{ r.staffName }} · }{{ r.programmeTitle }}</strong>
              <span class="cell-secondary">
                <span class="chip" data-testid="course-record-status">{{ r.status | enumText: 'CourseRecordStatus' }}</span>
                {{ r.provider }}@if (r.hours) { · {{ 'UI:Courses.HoursShort' | t: r.hours }} }@if (r.endDate) { · {{ r.endDate | kDate }} }
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) {
            <li class="table-empty" data-testid="course-ledger-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:Courses.LedgerEmpty') | t }}</li>
          }
        }
      </ul>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
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
  protected readonly statuses = COURSE_RECORD_STATUS;
  protected readonly years = recentCalendarYears();
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.CoursesViewAll));
  protected readonly loading = signal(true);
  protected readonly errors = signal<string[]>([]);
  protected readonly clock = signal<CourseClockDto | null>(null);

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    filter: '', status: '' as CourseRecordStatus | '', year: '' as number | '', scope: '' as 'all' | '',
  });
  protected readonly list = new PagedList<LedgerQuery, CourseRecordDto>(
    (p, paging) => ({
      ...paging, filter: p.get('q') ?? '', status: oneOf(p, 'status', COURSE_RECORD_STATUS), year: calendarYearParam(p), scope: oneOf(p, 'scope', ['all'] as const),
    }),
    {
      toParams: (q) => ({ q: q.filter || null, status: q.status || null, year: q.year === '' ? null : q.year, scope: q.scope || null }),
      load: (q, paging) =>
        this.api.getCourseRecordList(
          {
            ...paging, filter: q.filter || undefined, status: q.status || undefined, year: q.year === '' ? undefined : q.year,
            mine: q.scope === 'all' && this.viewAll() ? undefined : true,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.status || q.year !== '' || q.scope);
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));

  constructor() {
    const { filter, status, year, scope } = this.list.query();
    this.filters.setValue({ filter, status, year, scope }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
    void this.loadClock();
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', status: '', year: '', scope: '' });
  }

  private async loadClock(): Promise<void> {
    try {
      this.clock.set(await firstValueFrom(this.clocks.getMyCourseClock(undefined, handlesErrors())).catch(() => null));
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }
}
