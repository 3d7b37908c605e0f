import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { DevelopmentPlanStatus, MentorYearPlanListItemDto } from '../api/models';
import { DEVELOPMENT_PLAN_STATUS } from '../api/models/development-plan-status-array';
import { MentorYearPlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { Roles } from '../core/layout/roles';
import { handlesErrors } from '../core/http/http-context';
import { toProblem } from '../core/http/problem';
import { PageQuery, PagedList, oneOf, yearParam } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { currentAcademicYear } from '../shared/academic-year';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { YearSelect } from '../shared/year-select';
import { errorText } from './mentoring-utils';

interface PlanQuery extends PageQuery {
  filter: string;
  status: DevelopmentPlanStatus | '';
  year: number | '';
}

/** `/mentoring/year-plans`: the mentor's own year plans (and, for the director and deputies, every mentor's, to agree). */
@Component({
  selector: 'app-year-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader, YearSelect,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/mentoring">{{ 'Menu:Mentoring' | t }}</a>
    </nav>
    <app-page-header [title]="'UI:Mentoring.YearPlans' | t" [subtitle]="'UI:Mentoring.YearPlanHint' | t">
      @if (isMentor()) {
        <button mat-flat-button type="button" (click)="create()" [disabled]="busy()" data-testid="year-plan-new">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Mentoring.NewYearPlan' | t }}
        </button>
      }
    </app-page-header>
    <app-form-banner [messages]="errors()" />
    <section class="surface list-panel" [attr.aria-label]="'UI:Mentoring.YearPlans' | t">
      <app-filter-bar [formGroup]="filters" [search]="viewAll() ? filters.controls.filter : null" searchTestId="year-plan-search"
                      [searchPlaceholder]="'UI:Mentoring.SearchMentor' | t" [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="clearFilters()">
        <mat-form-field>
          <mat-label>{{ 'UI:Status' | t }}</mat-label>
          <mat-select formControlName="status">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (s of statuses; track s) { <mat-option [value]="s">{{ s | enumText: 'DevelopmentPlanStatus' }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <app-year-select [control]="filters.controls.year" [allowAll]="true" />
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="plans" data-testid="year-plan-list">
        @for (p of list.items(); track p.id) {
          <li>
            <a [routerLink]="['/mentoring/year-plans', p.id]" data-testid="year-plan-link">
              <strong>{{ p.mentorName }} · {{ p.academicYearLabel }}</strong>
              <span class="cell-secondary">
                <span class="chip" data-testid="year-plan-status">{{ p.status | enumText: 'DevelopmentPlanStatus' }}</span>
                {{ 'UI:Mentoring.ActivitiesDone' | t: p.doneCount : p.activityCount }}@if (p.mentees.length) { · {{ menteeNames(p) }} }
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) { <li class="table-empty" data-testid="year-plan-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:Mentoring.YearPlansEmpty') | t }}</li> }
        }
      </ul>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .surface { margin-bottom: 16px; }
    .plans { list-style: none; margin: 0; padding: 0 16px; }
    .plans li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .plans a { display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
    .plans .chip { margin-right: 6px; }
  `,
})
export class YearPlanList {
  private readonly api = inject(MentorYearPlansService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  protected readonly statuses = DEVELOPMENT_PLAN_STATUS;
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.MentoringPlansViewAll));
  /** Mentors draft their own plan; the director and deputies read and agree. */
  protected readonly isMentor = computed(() => this.config.roles().some((r) => r.toLowerCase() === Roles.Mentor.toLowerCase()));
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', status: '' as DevelopmentPlanStatus | '', year: '' as number | '' });
  protected readonly list = new PagedList<PlanQuery, MentorYearPlanListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', status: oneOf(p, 'status', DEVELOPMENT_PLAN_STATUS), year: yearParam(p) }),
    {
      toParams: (q) => ({ q: q.filter || null, status: q.status || null, year: q.year === '' ? null : q.year }),
      load: (q, paging) =>
        this.api.getMentorYearPlanList(
          { ...paging, filter: q.filter || undefined, status: q.status || undefined, academicYear: q.year === '' ? undefined : q.year, mine: this.viewAll() ? undefined : true },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.status || q.year !== '');
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));

  constructor() {
    const { filter, status, year } = this.list.query();
    this.filters.setValue({ filter, status, year }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
  }

  protected menteeNames(p: MentorYearPlanListItemDto): string {
    return p.mentees.map((m) => m.fullName).join(', ');
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', status: '', year: '' });
  }

  /** A new plan for this academic year (one per mentor and year: an existing one is opened instead). */
  protected async create(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const plan = await firstValueFrom(this.api.createMentorYearPlan({ body: { academicYear: currentAcademicYear(), activities: [], menteeStaffMemberIds: [] } }, handlesErrors()));
      void this.router.navigate(['/mentoring/year-plans', plan.id]);
    } catch (e) {
      // This year's plan exists already: open it.
      if (toProblem(e).code === 'MentoringPlans:PlanExists') {
        const mine = await firstValueFrom(this.api.getMentorYearPlanList({ mine: true, academicYear: currentAcademicYear(), maxResultCount: 10 }, handlesErrors())).catch(() => null);
        const own = mine?.items?.find((p) => p.mentorStaffMemberId === this.config.currentUser()?.staffMemberId);
        if (own) {
          void this.router.navigate(['/mentoring/year-plans', own.id]);
          return;
        }
      }
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
