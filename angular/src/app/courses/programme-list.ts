import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import { CourseProgrammeListItemDto } from '../api/models';
import { CourseProgrammesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

type Source = 'host' | 'school' | '';
type Runs = 'platform' | 'external' | '';

interface ProgrammeQuery extends PageQuery {
  filter: string;
  source: Source;
  runs: Runs;
}

/**
 * `/courses/programmes`: the course catalogue: the shared one (the platform's) and the school's own entries, found by title,
 * provider or field; those who manage the school's courses add the school's own entries here.
 */
@Component({
  selector: 'app-course-programme-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/courses">{{ 'Menu:Courses' | t }}</a></nav>
    <app-page-header [title]="'UI:Courses.ProgrammesTitle' | t" [subtitle]="'UI:Courses.ProgrammesHint' | t">
      @if (canManage()) {
        <a mat-flat-button routerLink="/courses/programmes/new" data-testid="programme-new"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.NewProgramme' | t }}</a>
      }
    </app-page-header>
    <section class="surface list-panel" [attr.aria-label]="'UI:Courses.ProgrammesTitle' | t">
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="programme-search"
                      [searchPlaceholder]="'UI:Courses.SearchProgrammes' | t" [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="clearFilters()">
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.Source' | t }}</mat-label>
          <mat-select formControlName="source" data-testid="programme-source">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            <mat-option value="host">{{ 'UI:Courses.SharedCatalogue' | t }}</mat-option>
            <mat-option value="school">{{ 'UI:Courses.SchoolEntry' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Courses.Runs' | t }}</mat-label>
          <mat-select formControlName="runs" data-testid="programme-runs">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            <mat-option value="platform">{{ 'UI:Courses.RunsOnPlatform' | t }}</mat-option>
            <mat-option value="external">{{ 'UI:Courses.RunsElsewhere' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="programme-list">
        @for (p of list.items(); track p.id) {
          <li>
            <a [routerLink]="['/courses/programmes', p.id]" data-testid="programme-link">
              <strong>{{ p.title }}</strong>
              <span class="cell-secondary">
                <span class="chip">{{ (p.isHost ? 'UI:Courses.SharedCatalogue' : 'UI:Courses.SchoolEntry') | t }}</span>
                {{ p.provider }} · {{ p.field }} · {{ 'UI:Courses.HoursShort' | t: p.hours }} · {{ p.format | enumText: 'CourseFormat' }}@if (p.formatSplit) { ({{ p.formatSplit }}) }
                @if (p.discrepancyCount) { · <span class="warn">{{ 'UI:Courses.DiscrepancyCount' | t: p.discrepancyCount }}</span> }
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) {
            <li class="table-empty" data-testid="programme-list-empty">
              {{ (hasFilters() ? 'UI:NothingFound' : canManage() ? 'UI:Courses.ProgrammesEmptyManage' : 'UI:Courses.ProgrammesEmpty') | t }}
            </li>
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
    .warn { color: var(--mat-sys-error); }
  `,
})
export class ProgrammeList {
  private readonly api = inject(CourseProgrammesService);
  private readonly config = inject(AppConfigService);
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.CoursesManage));
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', source: '' as Source, runs: '' as Runs });
  protected readonly list = new PagedList<ProgrammeQuery, CourseProgrammeListItemDto>(
    (p, paging) => ({
      ...paging, filter: p.get('q') ?? '', source: oneOf(p, 'source', ['host', 'school'] as const), runs: oneOf(p, 'runs', ['platform', 'external'] as const),
    }),
    {
      toParams: (q) => ({ q: q.filter || null, source: q.source || null, runs: q.runs || null }),
      load: (q, paging) =>
        this.api.getCourseProgrammeList(
          {
            ...paging, filter: q.filter || undefined, host: q.source === '' ? undefined : q.source === 'host',
            runsOnPlatform: q.runs === '' ? undefined : q.runs === 'platform',
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.source || q.runs);
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));

  constructor() {
    const { filter, source, runs } = this.list.query();
    this.filters.setValue({ filter, source, runs }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', source: '', runs: '' });
  }
}
