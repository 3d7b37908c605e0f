import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import { DevelopmentPlanStatus, PostCoursePlanListItemDto } from '../api/models';
import { DEVELOPMENT_PLAN_STATUS } from '../api/models/development-plan-status-array';
import { PostCoursePlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface PlanQuery extends PageQuery {
  filter: string;
  status: DevelopmentPlanStatus | '';
}

/**
 * `/courses/plans`: one's own post-course plans (the director and deputies: the school's, the submitted ones first, found by
 * the teacher's name or the programme), paged on the server.
 */
@Component({
  selector: 'app-post-course-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatFormFieldModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    <app-page-header [title]="'UI:Courses.PlansTitle' | t" [subtitle]="'UI:Courses.PlansHint' | t" />
    <section class="surface list-panel" [attr.aria-label]="'UI:Courses.PlansTitle' | t">
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="plan-search"
                      [searchPlaceholder]="(viewAll() ? 'UI:Courses.SearchPlansAll' : 'UI:Courses.SearchPlans') | t"
                      [activeCount]="activeFilterCount()" [canClear]="hasFilters()" [collapsible]="false" (clear)="clearFilters()">
        <mat-form-field>
          <mat-label>{{ 'UI:Status' | t }}</mat-label>
          <mat-select formControlName="status" data-testid="plan-status-filter">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (s of statuses; track s) { <mat-option [value]="s">{{ s | enumText: 'DevelopmentPlanStatus' }}</mat-option> }
          </mat-select>
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="plan-list">
        @for (p of list.items(); track p.id) {
          <li>
            <a [routerLink]="['/courses/plans', p.id]" data-testid="plan-link">
              <strong>{{ p.staffName }} · {{ p.programmeTitle }}</strong>
              <span class="cell-secondary"><span class="chip">{{ p.status | enumText: 'DevelopmentPlanStatus' }}</span>
                {{ 'UI:Courses.EventsHeld' | t: p.heldCount : p.eventCount }}</span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) {
            <li class="table-empty" data-testid="plan-list-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:Courses.PlansEmpty') | t }}</li>
          }
        }
      </ul>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .rows { list-style: none; margin: 0; padding: 0; }
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .rows a { display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .chip { margin-right: 6px; }
  `,
})
export class PlanList {
  private readonly api = inject(PostCoursePlansService);
  private readonly config = inject(AppConfigService);
  protected readonly statuses = DEVELOPMENT_PLAN_STATUS;
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.CoursesViewAll));
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', status: '' as DevelopmentPlanStatus | '' });
  protected readonly list = new PagedList<PlanQuery, PostCoursePlanListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', status: oneOf(p, 'status', DEVELOPMENT_PLAN_STATUS) }),
    {
      toParams: (q) => ({ q: q.filter || null, status: q.status || null }),
      load: (q, paging) =>
        this.api.getPostCoursePlanList(
          { ...paging, filter: q.filter || undefined, status: q.status || undefined, mine: this.viewAll() ? undefined : true },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.status);
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));

  constructor() {
    const { filter, status } = this.list.query();
    this.filters.setValue({ filter, status }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', status: '' });
  }
}
