import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { LessonStudyGroupListItemDto } from '../api/models';
import { LessonStudyService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface GroupQuery extends PageQuery {
  filter: string;
}

/** `/lesson-study`: the Lesson Study groups the caller reads (members; the director and deputies every group). */
@Component({
  selector: 'app-lesson-study-group-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, TPipe, EnumTextPipe,
    FilterBar, FormBanner, PageHeader],
  template: `
    <app-page-header [title]="'Menu:LessonStudy' | t" [subtitle]="'UI:LessonStudy.ListHint' | t">
      <a mat-stroked-button routerLink="/lesson-study/library" data-testid="ls-library-link">{{ 'UI:LessonStudy.LibraryTitle' | t }}</a>
      <a mat-flat-button routerLink="/lesson-study/groups/new" data-testid="ls-new-group">{{ 'UI:LessonStudy.NewGroup' | t }}</a>
    </app-page-header>
    <section class="surface list-panel" [attr.aria-label]="'Menu:LessonStudy' | t">
      <app-filter-bar [formGroup]="filters" [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="filters.setValue({ filter: '' })">
        <mat-form-field>
          <mat-label>{{ 'UI:LessonStudy.SearchTheme' | t }}</mat-label>
          <input matInput formControlName="filter" data-testid="ls-filter" />
        </mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="ls-group-list">
        @for (g of list.items(); track g.id) {
          <li>
            <a [routerLink]="['/lesson-study/groups', g.id]" data-testid="ls-group-item">
              <strong>{{ g.theme }}</strong>
              <span class="cell-secondary">{{ g.researchQuestion }}</span>
              <span class="cell-secondary">
                <span class="chip">{{ g.origin | enumText: 'LessonStudyGroupOrigin' }}</span>
                {{ g.academicYearLabel }} · {{ 'UI:LessonStudy.FacilitatorShort' | t }}: {{ g.facilitatorName }} ·
                {{ 'UI:LessonStudy.RoundsCount' | t: g.discussedRounds : g.roundCount }}
                @if (g.published) { · <span class="chip">{{ 'UI:LessonStudy.Published' | t }}</span> }
              </span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) { <li class="table-empty" data-testid="ls-group-list-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:LessonStudy.ListEmpty') | t }}</li> }
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
    .chip { margin-right: 6px; }
  `,
})
export class GroupList {
  private readonly api = inject(LessonStudyService);
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '' });
  protected readonly list = new PagedList<GroupQuery, LessonStudyGroupListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('filter') ?? '' }),
    {
      toParams: (q) => ({ filter: q.filter || null }),
      load: (q, paging) => this.api.getLessonStudyGroupList({ ...paging, filter: q.filter || undefined }, handlesErrors()),
    },
  );
  protected readonly hasFilters = computed(() => !!this.list.query().filter);
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'page', 'size'));

  constructor() {
    this.filters.setValue({ filter: this.list.query().filter }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v }));
    this.list.start();
  }
}
