import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { CourseProgrammeListItemDto } from '../api/models';
import { CourseCatalogueService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface CatalogueQuery extends PageQuery {
  filter: string;
}

/**
 * `/host/course-programmes`: the shared catalogue as the platform operator keeps it; each programme opens its provider
 * lifecycle, and with CourseCatalogue.Manage is edited or given a new scheme version through the school's own forms.
 */
@Component({
  selector: 'app-host-programme-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, TPipe, EnumTextPipe, FilterBar, FormBanner, PageHeader],
  template: `
    <app-page-header [title]="'Menu:CourseCatalogue' | t" [subtitle]="'UI:Courses.HostCatalogueHint' | t">
      @if (canManage()) {
        <a mat-flat-button routerLink="/host/course-programmes/new" data-testid="host-programme-new"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.NewHostProgramme' | t }}</a>
      }
    </app-page-header>
    <section class="surface list-panel" [attr.aria-label]="'Menu:CourseCatalogue' | t">
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="host-programme-search"
                      [searchPlaceholder]="'UI:Courses.SearchProgrammes' | t" [canClear]="!!list.query().filter" [collapsible]="false" (clear)="filters.setValue({ filter: '' })" />
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="host-programme-list">
        @for (p of list.items(); track p.id) {
          <li data-testid="host-programme-row">
            <a [routerLink]="['/host/course-programmes', p.id, 'lifecycle']" data-testid="host-programme-link">
              <strong>{{ p.title }}</strong>
              <span class="cell-secondary">{{ p.provider }} · {{ p.field }} · {{ 'UI:Courses.HoursShort' | t: p.hours }} · {{ p.format | enumText: 'CourseFormat' }}</span>
            </a>
            @if (canManage()) {
              <span class="row-actions">
                <a mat-button [routerLink]="['/host/course-programmes', p.id, 'edit']" data-testid="host-programme-edit">{{ 'UI:Courses.EditProgramme' | t }}</a>
                <a mat-button [routerLink]="['/host/course-programmes', p.id, 'schemes', 'new']" data-testid="host-programme-scheme">{{ 'UI:Courses.NewScheme' | t }}</a>
              </span>
            }
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
    .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); display: flex; flex-wrap: wrap; align-items: center; gap: 0 8px; }
    .rows li > a { flex: 1 1 240px; min-width: 0; display: flex; flex-direction: column; gap: 2px; padding: 10px 0; color: inherit; text-decoration: none; overflow-wrap: anywhere; }
  `,
})
export class HostProgrammeList {
  private readonly api = inject(CourseCatalogueService);
  private readonly config = inject(AppConfigService);
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.CourseCatalogueManage));
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
