import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { CourseProgrammeListItemDto } from '../api/models';
import { CourseCatalogueService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface CatalogueQuery extends PageQuery {
  filter: string;
}

/** `/host/course-programmes`: the shared catalogue as the platform operator keeps it; each programme opens its provider lifecycle. */
@Component({
  selector: 'app-host-programme-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatPaginatorModule, MatProgressBarModule, TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader],
  template: `
    <app-page-header [title]="'Menu:CourseCatalogue' | t" [subtitle]="'UI:Courses.HostCatalogueHint' | t" />
    <section class="surface list-panel" [attr.aria-label]="'Menu:CourseCatalogue' | t">
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="host-programme-search"
                      [searchPlaceholder]="'UI:Courses.SearchProgrammes' | t" [canClear]="!!list.query().filter" [collapsible]="false" (clear)="filters.setValue({ filter: '' })" />
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="host-programme-list">
        @for (p of list.items(); track p.id) {
          <li>
            <a [routerLink]="['/host/course-programmes', p.id, 'lifecycle']" data-testid="host-programme-link">
              <strong>{{ p.title }}</strong>
              <span class="cell-secondary">{{ p.provider }} · {{ p.field }} · {{ 'UI:Courses.HoursShort' | t: p.hours }} · {{ p.format | enumText: 'CourseFormat' }}</span>
            </a>
          </li>
        } @empty {
          @if (!list.loading()) {
            <li class="table-empty" data-testid="host-programme-empty">{{ (list.query().filter ? 'UI:NothingFound' : 'UI:Courses.HostCatalogueEmpty') | t }}</li>
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
  `,
})
export class HostProgrammeList {
  private readonly api = inject(CourseCatalogueService);
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '' });
  protected readonly list = new PagedList<CatalogueQuery, CourseProgrammeListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '' }),
    {
      toParams: (q) => ({ q: q.filter || null }),
      load: (q, paging) => this.api.getHostCourseProgrammeList({ ...paging, filter: q.filter || undefined, host: true }, handlesErrors()),
    },
  );

  constructor() {
    this.filters.setValue({ filter: this.list.query().filter }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, filter: (v.filter ?? '').trim() }));
    this.list.start();
  }
}
