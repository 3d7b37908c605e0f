import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import { MentoringMeetingListItemDto, MentoringMeetingStatus } from '../api/models';
import { MENTORING_MEETING_STATUS } from '../api/models/mentoring-meeting-status-array';
import { MentoringService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { dayAfter, isoDayParam } from './mentoring-utils';
import { SchoolTimePipe } from './school-zone';

interface MeetingQuery extends PageQuery {
  status: MentoringMeetingStatus | '';
  pair: string;
  /** The period's first and last day ("yyyy-mm-dd", the school's days), both included; '' for open. */
  from: string;
  to: string;
}

/**
 * `/mentoring/meetings` (`?pair=` for one pair, `?from=&to=` for a period of the school's days): the meetings the caller may
 * read, newest first, with their agenda and steps.
 */
@Component({
  selector: 'app-meeting-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, SchoolTimePipe, ReactiveFormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe, KDatePipe, FilterBar, FormBanner, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a [routerLink]="viewAll() ? '/mentoring/overview' : '/mentoring'">{{ (viewAll() ? 'UI:Mentoring.OverviewTitle' : 'Menu:Mentoring') | t }}</a>
    </nav>
    <app-page-header [title]="'UI:Mentoring.MeetingsTitle' | t" [subtitle]="'UI:Mentoring.MeetingsHint' | t" />
    <section class="surface list-panel" [attr.aria-label]="'UI:Mentoring.MeetingsTitle' | t">
      <app-filter-bar [formGroup]="filters" [activeCount]="activeFilterCount()" [canClear]="hasFilters()"
                      (clear)="filters.setValue({ status: '', from: '', to: '' })">
        <mat-form-field>
          <mat-label>{{ 'UI:Status' | t }}</mat-label>
          <mat-select formControlName="status" data-testid="filter-meeting-status">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (s of statuses; track s) { <mat-option [value]="s">{{ s | enumText: 'MentoringMeetingStatus' }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.PeriodFrom' | t }}</mat-label>
          <input matInput [matDatepicker]="dpFrom" formControlName="from" data-testid="filter-meeting-from" />
          <mat-datepicker-toggle matIconSuffix [for]="dpFrom" /><mat-datepicker #dpFrom />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Mentoring.PeriodTo' | t }}</mat-label>
          <input matInput [matDatepicker]="dpTo" formControlName="to" data-testid="filter-meeting-to" />
          <mat-datepicker-toggle matIconSuffix [for]="dpTo" /><mat-datepicker #dpTo />
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="meeting-list" [attr.aria-busy]="list.loading()">
        @for (m of list.items(); track m.id) {
          <li>
            <a [routerLink]="['/mentoring/meetings', m.id]" data-testid="meeting-list-item">
              <strong>{{ m.startsAt | schoolTime }} · {{ m.mentorName }} → {{ m.menteeName }}</strong>
              <span class="cell-secondary">
                <span class="chip">{{ m.status | enumText: 'MentoringMeetingStatus' }}</span>
                @if (m.topic) { {{ m.topic }} · }{{ 'UI:Mentoring.Minutes' | t: m.durationMinutes }} · {{ 'UI:Mentoring.AgendaDone' | t: m.agendaDone : m.agendaItems }}
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) {
            <li class="table-empty" data-testid="meeting-list-empty">
              @if (list.query(); as q) {
                @if (q.from || q.to) {
                  {{ 'UI:Mentoring.MeetingsEmptyPeriod' | t: (q.from ? (q.from | kDate) : '…') : (q.to ? (q.to | kDate) : '…') }}
                } @else {
                  {{ (hasFilters() ? 'UI:NothingFound' : 'UI:Mentoring.MeetingsEmpty') | t }}
                }
              }
            </li>
          }
        }
      </ul>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .rows { list-style: none; margin: 0; padding: 0 16px; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .rows a { display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .rows .chip { margin-right: 6px; }
  `,
})
export class MeetingList {
  private readonly api = inject(MentoringService);
  private readonly config = inject(AppConfigService);
  protected readonly statuses = MENTORING_MEETING_STATUS;
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.MentoringViewAll));

  protected readonly filters = inject(FormBuilder).nonNullable.group({ status: '' as MentoringMeetingStatus | '', from: '', to: '' });
  protected readonly list = new PagedList<MeetingQuery, MentoringMeetingListItemDto>(
    (p, paging) => ({
      ...paging, status: oneOf(p, 'status', MENTORING_MEETING_STATUS), pair: p.get('pair') ?? '', from: isoDayParam(p.get('from')),
      to: isoDayParam(p.get('to')),
    }),
    {
      toParams: (q) => ({ status: q.status || null, pair: q.pair || null, from: q.from || null, to: q.to || null }),
      // The API reads dates as the school's days and takes meetings starting before "to": the day after the period's last day.
      load: (q, paging) =>
        this.api.getMentoringMeetingList(
          {
            ...paging, status: q.status || undefined, pairId: q.pair || undefined, from: q.from || undefined,
            to: q.to ? dayAfter(q.to) : undefined,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.status || q.from || q.to);
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'page', 'size', 'pair'));

  constructor() {
    const { status, from, to } = this.list.query();
    this.filters.setValue({ status, from, to }, { emitEvent: false });
    // A day typed half-way or cleared leaves the field null: an open end of the period.
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, from: v.from || '', to: v.to || '' }));
    this.list.start();
  }
}
