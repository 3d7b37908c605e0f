import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';

import { MethodologicalAssociationListItemDto } from '../api/models';
import { MethodologicalAssociationsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface Query {
  filter: string;
  page: number;
  size: number;
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
      <app-form-banner [messages]="error()" />
      <div class="table-wrap">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        <table mat-table [dataSource]="items()" data-testid="association-table">
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
              @if (!loading()) {
                {{ (query().filter ? 'UI:NothingFound' : 'UI:Associations.Empty') | t }}
              }
            </td>
          </tr>
        </table>
      </div>
      <mat-paginator [length]="total()" [pageIndex]="query().page" [pageSize]="query().size" [pageSizeOptions]="[10, 25, 50, 100]"
                     (page)="onPage($event)" />
    </section>
  `,
  styles: `.clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }`,
})
export class AssociationList {
  private readonly api = inject(MethodologicalAssociationsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  protected readonly columns = ['name', 'leader', 'members'];
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.MethodologicalAssociationsManage));
  protected readonly query = signal<Query>({
    filter: this.route.snapshot.queryParamMap.get('q') ?? '',
    page: Math.max(0, (Number(this.route.snapshot.queryParamMap.get('page')) || 1) - 1),
    size: 25,
  });
  protected readonly search = new FormControl(this.query().filter, { nonNullable: true });
  protected readonly items = signal<MethodologicalAssociationListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string[]>([]);
  private readonly load$ = new Subject<Query>();

  constructor() {
    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return this.api
            .getMethodologicalAssociationList({ filter: q.filter || undefined, skipCount: q.page * q.size, maxResultCount: q.size }, handlesErrors())
            .pipe(catchError((e: unknown) => of(toProblem(e))));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((r) => {
        this.loading.set(false);
        if ('status' in r) {
          this.error.set([problemMessage(r, (k) => this.l.t(k))]);
        } else {
          this.error.set([]);
          this.items.set(r.items ?? []);
          this.total.set(Number(r.totalCount));
        }
      });
    this.search.valueChanges.pipe(debounceTime(250), distinctUntilChanged(), takeUntilDestroyed()).subscribe((filter) =>
      this.apply({ ...this.query(), filter: filter.trim(), page: 0 }),
    );
    this.load$.next(this.query());
  }

  protected onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
  }

  protected open(a: MethodologicalAssociationListItemDto): void {
    void this.router.navigate(['/methodological-associations', a.id]);
  }

  private apply(q: Query): void {
    this.query.set(q);
    void this.router.navigate([], { relativeTo: this.route, replaceUrl: true, queryParams: { q: q.filter || null, page: q.page ? q.page + 1 : null } });
    this.load$.next(q);
  }
}
