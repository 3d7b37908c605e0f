import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';

import { ActionResearchProjectListItemDto, ActionResearchStatus } from '../api/models';
import { ACTION_RESEARCH_STATUS } from '../api/models/action-research-status-array';
import { ActionResearchService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

type Scope = 'mine' | 'published' | 'all';

interface ProjectQuery extends PageQuery {
  filter: string;
  status: ActionResearchStatus | '';
  scope: Scope;
}

/** `/action-research`: the caller's projects (owner or member), the published ones, and for the administration every project. */
@Component({
  selector: 'app-action-research-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader,
  ],
  template: `
    <app-page-header [title]="'Menu:ActionResearch' | t" [subtitle]="'UI:ActionResearch.ListHint' | t">
      <a mat-flat-button routerLink="/action-research/new" data-testid="ar-new">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:ActionResearch.New' | t }}
      </a>
    </app-page-header>
    <section class="surface list-panel" [attr.aria-label]="'Menu:ActionResearch' | t">
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="ar-search" [searchPlaceholder]="'UI:ActionResearch.Search' | t"
                      [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="clearFilters()">
        <mat-form-field>
          <mat-label>{{ 'UI:ActionResearch.Scope' | t }}</mat-label>
          <mat-select formControlName="scope" data-testid="ar-scope">
            <mat-option value="mine">{{ 'UI:ActionResearch.ScopeMine' | t }}</mat-option>
            <mat-option value="published">{{ 'UI:ActionResearch.ScopePublished' | t }}</mat-option>
            <mat-option value="all">{{ 'UI:ActionResearch.ScopeAll' | t }}</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Status' | t }}</mat-label>
          <mat-select formControlName="status">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (s of statuses; track s) { <mat-option [value]="s">{{ s | enumText: 'ActionResearchStatus' }}</mat-option> }
          </mat-select>
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="ar-list">
        @for (p of list.items(); track p.id) {
          <li>
            <a [routerLink]="['/action-research', p.id]" data-testid="ar-link">
              <strong>{{ p.title }}</strong>
              <span class="cell-secondary">
                <span class="chip">{{ p.status | enumText: 'ActionResearchStatus' }}</span>
                @if (p.publishedAt) { <span class="chip">{{ 'UI:ActionResearch.Published' | t }}</span> }
                {{ p.ownerName }} · {{ 'UI:ActionResearch.CycleN' | t: p.currentCycleNumber }}@if (p.currentStage) { · {{ p.currentStage | enumText: 'ActionResearchStage' }} }
                · {{ 'UI:ActionResearch.MembersN' | t: p.memberCount }}
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) { <li class="table-empty" data-testid="ar-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:ActionResearch.Empty') | t }}</li> }
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
export class ProjectList {
  private readonly api = inject(ActionResearchService);
  protected readonly statuses = ACTION_RESEARCH_STATUS;
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', status: '' as ActionResearchStatus | '', scope: 'mine' as Scope });
  protected readonly list = new PagedList<ProjectQuery, ActionResearchProjectListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', status: oneOf(p, 'status', ACTION_RESEARCH_STATUS), scope: (oneOf(p, 'scope', ['mine', 'published', 'all'] as const) || 'mine') as Scope }),
    {
      toParams: (q) => ({ q: q.filter || null, status: q.status || null, scope: q.scope === 'mine' ? null : q.scope }),
      load: (q, paging) =>
        this.api.getActionResearchProjectList(
          { ...paging, filter: q.filter || undefined, status: q.status || undefined, mine: q.scope === 'mine' ? true : undefined, published: q.scope === 'published' ? true : undefined },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.status || q.scope !== 'mine');
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size', 'scope') + (this.list.query().scope === 'mine' ? 0 : 1));

  constructor() {
    const { filter, status, scope } = this.list.query();
    this.filters.setValue({ filter, status, scope }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', status: '', scope: 'mine' });
  }
}
