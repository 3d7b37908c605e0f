import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';

import { MethodologicalAssociationListItemDto } from '../api/models';
import { MethodologicalAssociationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { TPipe } from '../core/i18n/t.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface Query extends PageQuery {
  filter: string;
}

/** `/methodological-associations`: the school's methodological associations (ӘБ / МО). */
@Component({
  selector: 'app-association-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, MatProgressBarModule, MatTableModule, TPipe, PageHeader, FormBanner,
    FilterBar,
  ],
  template: `
    <app-page-header [title]="'Menu:MethodologicalAssociations' | t" [subtitle]="'UI:Associations.Subtitle' | t">
      @if (canManage()) {
        <a mat-flat-button routerLink="/methodological-associations/new" data-testid="association-add">
          <mat-icon aria-hidden="true">group_add</mat-icon>{{ 'UI:Associations.Add' | t }}
        </a>
      }
    </app-page-header>
    <section class="surface list-panel">
      <app-filter-bar [search]="search" searchTestId="association-search" />
      <app-form-banner [messages]="list.error()" />
      <div class="table-wrap">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        <table mat-table [dataSource]="list.items()" data-testid="association-table">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ 'DisplayName:Name' | t }}</th>
            <td mat-cell *matCellDef="let a">
              <a class="row-link" [routerLink]="['/methodological-associations', a.id]" (click)="$event.stopPropagation()">{{ a.name }}</a>
              @if (a.description) {
                <span class="cell-secondary clamp">{{ a.description }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="leader">
            <th mat-header-cell *matHeaderCellDef>{{ 'DisplayName:Leader' | t }}</th>
            <td mat-cell *matCellDef="let a">{{ a.leaderName || '—' }}</td>
          </ng-container>
          <ng-container matColumnDef="members">
            <th mat-header-cell *matHeaderCellDef>{{ 'DisplayName:Members' | t }}</th>
            <td mat-cell *matCellDef="let a"><span class="chip">{{ a.memberCount }}</span></td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let a; columns: columns" class="clickable-row" (click)="open(a)"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="table-empty" [attr.colspan]="columns.length">
              @if (!list.loading()) {
                {{ (list.query().filter ? 'UI:NothingFound' : 'UI:Associations.Empty') | t }}
              }
            </td>
          </tr>
        </table>
      </div>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `.clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }`,
})
export class AssociationList {
  private readonly api = inject(MethodologicalAssociationsService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);

  protected readonly columns = ['name', 'leader', 'members'];
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.MethodologicalAssociationsManage));
  protected readonly list = new PagedList<Query, MethodologicalAssociationListItemDto>((p, paging) => ({ ...paging, filter: p.get('q') ?? '' }), {
    toParams: (q) => ({ q: q.filter || null }),
    load: (q, paging) => this.api.getMethodologicalAssociationList({ ...paging, filter: q.filter || undefined }, handlesErrors()),
  });
  protected readonly search = new FormControl(this.list.query().filter, { nonNullable: true });

  constructor() {
    this.list.follow(this.search, (filter, q) => ({ ...q, filter: filter.trim() }));
    this.list.start();
  }

  protected open(a: MethodologicalAssociationListItemDto): void {
    void this.router.navigate(['/methodological-associations', a.id]);
  }
}
