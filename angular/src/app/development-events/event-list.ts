import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';

import { DevelopmentEventKind, DevelopmentEventListItemDto, DevelopmentHoursSummaryDto, TeacherDevelopmentHoursDto } from '../api/models';
import { DEVELOPMENT_EVENT_KIND } from '../api/models/development-event-kind-array';
import { DevelopmentEventsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface EventQuery extends PageQuery {
  filter: string;
  kind: DevelopmentEventKind | '';
  mine: '' | 'true';
}

/** `/development-events`: the school's events calendar (budding tours, open lessons, master classes…), the caller's hours and, for the administration, the school's. */
@Component({
  selector: 'app-event-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader,
  ],
  template: `
    <app-page-header [title]="'Menu:DevelopmentEvents' | t" [subtitle]="'UI:Events.ListHint' | t">
      <a mat-flat-button routerLink="/development-events/new" data-testid="event-new"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Events.New' | t }}</a>
    </app-page-header>
    @if (hours(); as h) {
      <section class="surface hours" data-testid="event-my-hours">
        <h2>{{ 'UI:Events.MyHours' | t }} · {{ h.yearLabel }}</h2>
        <p><strong data-testid="event-my-hours-total">{{ h.hours }}</strong> {{ 'UI:Events.HoursUnit' | t }} · {{ 'UI:Events.EventsN' | t: h.events }}</p>
        <ul class="kinds">@for (k of h.byKind; track k.kind) { <li>{{ k.kind | enumText: 'DevelopmentEventKind' }}: {{ k.hours }}</li> }</ul>
      </section>
    }
    @if (summary(); as s) {
      <section class="surface hours" data-testid="event-school-hours">
        <h2>{{ 'UI:Events.SchoolHours' | t }} · {{ s.yearLabel }}</h2>
        <p>{{ s.hours }} {{ 'UI:Events.HoursUnit' | t }} · {{ 'UI:Events.EventsN' | t: s.events }}</p>
        <ul class="kinds">@for (t of s.teachers; track t.staffMemberId) { <li>{{ t.fullName }}: {{ t.hours }}</li> }</ul>
      </section>
    }
    <section class="surface list-panel" [attr.aria-label]="'Menu:DevelopmentEvents' | t">
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="event-search" [searchPlaceholder]="'UI:Events.Search' | t"
                      [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="clearFilters()">
        <mat-form-field>
          <mat-label>{{ 'UI:Events.Kind' | t }}</mat-label>
          <mat-select formControlName="kind" data-testid="event-kind-filter">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (k of kinds; track k) { <mat-option [value]="k">{{ k | enumText: 'DevelopmentEventKind' }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Events.Scope' | t }}</mat-label>
          <mat-select formControlName="mine">
            <mat-option value="">{{ 'UI:Events.ScopeAll' | t }}</mat-option>
            <mat-option value="true">{{ 'UI:Events.ScopeMine' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="event-list">
        @for (e of list.items(); track e.id) {
          <li>
            <a [routerLink]="['/development-events', e.id]" data-testid="event-link">
              <strong>{{ e.startsOn }}@if (e.endsOn !== e.startsOn) { – {{ e.endsOn }} } · {{ e.title }}</strong>
              <span class="cell-secondary">
                <span class="chip">{{ e.kind | enumText: 'DevelopmentEventKind' }}</span>
                @if (e.direction) { <span class="chip">{{ e.direction | enumText: 'CreativeGroupDirection' }}</span> }
                <span class="chip">{{ e.status | enumText: 'DevelopmentEventStatus' }}</span>
                {{ e.organiserName }} · {{ 'UI:Events.ParticipantsN' | t: e.participantCount }}@if (e.seriesId) { · {{ 'UI:Events.Monthly' | t }} }
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) { <li class="table-empty" data-testid="event-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:Events.Empty') | t }}</li> }
        }
      </ul>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .hours { padding: 12px 16px; margin-bottom: 16px; }
    .hours h2 { margin: 0 0 4px; font-size: 1.1rem; }
    .kinds { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 0; }
    .rows { list-style: none; margin: 0; padding: 0 16px; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .rows a { display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .rows .chip { margin-right: 6px; }
  `,
})
export class EventList {
  private readonly api = inject(DevelopmentEventsService);
  private readonly config = inject(AppConfigService);
  protected readonly kinds = DEVELOPMENT_EVENT_KIND;
  protected readonly hours = signal<TeacherDevelopmentHoursDto | null>(null);
  protected readonly summary = signal<DevelopmentHoursSummaryDto | null>(null);
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', kind: '' as DevelopmentEventKind | '', mine: '' as '' | 'true' });
  protected readonly list = new PagedList<EventQuery, DevelopmentEventListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', kind: oneOf(p, 'kind', DEVELOPMENT_EVENT_KIND), mine: oneOf(p, 'mine', ['true'] as const) }),
    {
      toParams: (q) => ({ q: q.filter || null, kind: q.kind || null, mine: q.mine || null }),
      load: (q, paging) =>
        this.api.getDevelopmentEventList({ ...paging, filter: q.filter || undefined, kind: q.kind || undefined, mine: q.mine ? true : undefined }, handlesErrors()),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.kind || q.mine);
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));

  constructor() {
    const { filter, kind, mine } = this.list.query();
    this.filters.setValue({ filter, kind, mine }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
    if (this.config.currentUser()?.staffMemberId)
      this.api.getDevelopmentEventHours({}, handlesErrors()).pipe(catchError(() => of(null))).subscribe((h) => this.hours.set(h));
    if (this.config.isGranted(Permissions.DevelopmentEventsViewAll))
      this.api.getDevelopmentHoursSummary({}, handlesErrors()).pipe(catchError(() => of(null))).subscribe((s) => this.summary.set(s));
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', kind: '', mine: '' });
  }
}
