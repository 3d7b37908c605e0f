import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';

import { QualificationCategory, RouteSheetDto, RouteSheetListItemDto } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { RouteSheetsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { PageQuery, PagedList, oneOf, yearParam } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { academicYearLabel, currentAcademicYear } from '../shared/academic-year';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { YearSelect, recentAcademicYears } from '../shared/year-select';
import { AssignRouteSheetsDialog } from './assign-dialog';
import { KkRuPipe, findMySheet, markedPeriods } from './common';

interface SheetQuery extends PageQuery {
  year: number | '';
  category: QualificationCategory | '';
  filter: string;
}

/** `/route-sheets`: the caller's own route sheet for this year, and the sheets they may see (all of them for the administration). */
@Component({
  selector: 'app-route-sheet-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatProgressBarModule,
    MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KkRuPipe, PageHeader, FormBanner, FilterBar, YearSelect,
  ],
  template: `
    <app-page-header [title]="'Menu:RouteSheets' | t" [subtitle]="'UI:RouteSheets.ListSubtitle' | t">
      @if (canTemplates()) {
        <a mat-stroked-button routerLink="/route-sheets/templates" data-testid="route-templates-link">
          <mat-icon aria-hidden="true">edit_note</mat-icon>{{ 'UI:RouteSheets.Templates' | t }}
        </a>
      }
      @if (canAssign()) {
        <button mat-flat-button type="button" (click)="openAssign()" data-testid="route-assign">
          <mat-icon aria-hidden="true">assignment_ind</mat-icon>{{ 'UI:RouteSheets.Assign' | t }}
        </button>
      }
    </app-page-header>

    <!-- The administration sees its own sheet only when it has one; teachers and mentors are offered to create theirs. -->
    @if (myLoading() || mySheet() || !canViewAll() || myError().length) {
    <section class="surface form-panel my-sheet" data-testid="my-sheet" [attr.aria-label]="'UI:RouteSheets.MySheet' | t">
      <h2 class="section-title">{{ 'UI:RouteSheets.MySheet' | t }}</h2>
      @if (myLoading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      } @else if (mySheet(); as s) {
        <p class="my-sheet__title">{{ s.titleKk | kkRu: s.titleRu }} · {{ s.academicYearLabel }}</p>
        <p class="cell-secondary">{{ s.stageKk | kkRu: s.stageRu }}</p>
        <p>
          <span class="chip chip--primary">{{ s.category | enumText: 'QualificationCategory' }}</span>
          <span class="chip">{{ 'UI:RouteSheets.MarkedPeriods' | t: myMarked().length : s.periodCount }}</span>
          @if (s.reviewerName) {
            <span class="cell-secondary">{{ 'UI:RouteSheets.ReviewerIs' | t: s.reviewerName }}</span>
          }
        </p>
        <a mat-flat-button [routerLink]="['/route-sheets', s.id]" data-testid="my-sheet-open">
          <mat-icon aria-hidden="true">open_in_new</mat-icon>{{ 'UI:RouteSheets.OpenMySheet' | t }}
        </a>
      } @else {
        <p>{{ 'UI:RouteSheets.NoSheetThisYear' | t: yearLabel(currentYear) }}</p>
        <p class="cell-secondary">{{ 'UI:RouteSheets.CreateHint' | t }}</p>
        <button mat-flat-button type="button" (click)="createMine()" [disabled]="creating()" data-testid="my-sheet-create">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:RouteSheets.CreateMine' | t }}
        </button>
      }
      <app-form-banner [messages]="myError()" />
    </section>
    }

    <section class="surface list-panel" [attr.aria-label]="'UI:RouteSheets.AllSheets' | t">
      <h2 class="section-title">{{ (canViewAll() ? 'UI:RouteSheets.AllSheets' : 'UI:RouteSheets.SheetsIReview') | t }}</h2>
      <app-filter-bar [formGroup]="filters" [search]="filters.controls.filter" searchTestId="route-search"
                      [searchPlaceholder]="'UI:RouteSheets.SearchPlaceholder' | t" [activeCount]="activeFilterCount()" [canClear]="hasFilters()"
                      (clear)="clearFilters()">
        <app-year-select [control]="filters.controls.year" [label]="'UI:RouteSheets.Year' | t" [years]="years" [allowAll]="true" />
        <mat-form-field>
          <mat-label>{{ 'UI:RouteSheets.Level' | t }}</mat-label>
          <mat-select formControlName="category" data-testid="filter-category">
            <mat-option value="">{{ 'UI:All' | t }}</mat-option>
            @for (c of categories; track c) {
              <mat-option [value]="c">{{ c | enumText: 'QualificationCategory' }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </app-filter-bar>

      <app-form-banner [messages]="list.error()" />

      <div class="table-wrap">
        @if (list.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        <table mat-table [dataSource]="list.items()" data-testid="route-table" [attr.aria-busy]="list.loading()">
          <ng-container matColumnDef="teacher">
            <th mat-header-cell *matHeaderCellDef>{{ 'UI:RouteSheets.Teacher' | t }}</th>
            <td mat-cell *matCellDef="let s">
              <a class="row-link" [routerLink]="['/route-sheets', s.id]" (click)="$event.stopPropagation()">{{ s.teacherName }}</a>
              <span class="cell-secondary">{{ s.academicYearLabel }}</span>
              @if (!wide()) {
                <span class="chip chip--primary">{{ s.category | enumText: 'QualificationCategory' }}</span>
                <span class="cell-secondary">{{ progressText(s) }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="category">
            <th mat-header-cell *matHeaderCellDef>{{ 'UI:RouteSheets.Level' | t }}</th>
            <td mat-cell *matCellDef="let s"><span class="chip chip--primary">{{ s.category | enumText: 'QualificationCategory' }}</span></td>
          </ng-container>
          <ng-container matColumnDef="reviewer">
            <th mat-header-cell *matHeaderCellDef>{{ 'UI:RouteSheets.ReviewerShort' | t }}</th>
            <td mat-cell *matCellDef="let s">{{ s.reviewerName ?? ('UI:RouteSheets.NoReviewer' | t) }}</td>
          </ng-container>
          <ng-container matColumnDef="progress">
            <th mat-header-cell *matHeaderCellDef>{{ 'UI:RouteSheets.Progress' | t }}</th>
            <td mat-cell *matCellDef="let s">
              <div class="progress-line">
                <span>{{ 'UI:RouteSheets.SelfShort' | t }}</span>
                <mat-progress-bar mode="determinate" [value]="percent(s.selfMarkCount, s)" [attr.aria-label]="'UI:RouteSheets.SelfShort' | t" />
                <span>{{ s.selfMarkCount }}/{{ cells(s) }}</span>
              </div>
              <div class="progress-line">
                <span>{{ 'UI:RouteSheets.ReviewerShort' | t }}</span>
                <mat-progress-bar mode="determinate" [value]="percent(s.reviewerMarkCount, s)" [attr.aria-label]="'UI:RouteSheets.ReviewerShort' | t" />
                <span>{{ s.reviewerMarkCount }}/{{ cells(s) }}</span>
              </div>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <tr mat-row *matRowDef="let s; columns: columns()" class="clickable-row" (click)="open(s)"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="table-empty" [attr.colspan]="columns().length" data-testid="route-empty">
              @if (!list.loading()) {
                {{ (hasFilters() ? 'UI:NothingFound' : canViewAll() ? 'UI:RouteSheets.EmptyAll' : 'UI:RouteSheets.EmptyMine') | t }}
              }
            </td>
          </tr>
        </table>
      </div>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .my-sheet { margin-bottom: 16px; }
    .my-sheet p { margin: 4px 0; }
    .my-sheet__title { font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .section-title { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .progress-line { display: grid; grid-template-columns: minmax(60px, auto) minmax(60px, 1fr) auto; gap: 8px; align-items: center; font: var(--mat-sys-body-small); }
  `,
})
export class RouteSheetList {
  private readonly api = inject(RouteSheetsService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly dialog = inject(MatDialog);

  protected readonly currentYear = currentAcademicYear();
  protected readonly years = recentAcademicYears(3);
  protected readonly categories = QUALIFICATION_CATEGORY;
  protected readonly canAssign = computed(() => this.config.isGranted(Permissions.RouteSheetsAssign));
  protected readonly canTemplates = computed(() => this.config.isGranted(Permissions.RouteSheetsTemplates));
  protected readonly canViewAll = computed(() => this.config.isGranted(Permissions.RouteSheetsViewAll));
  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), { initialValue: true });
  protected readonly columns = computed(() => (this.wide() ? ['teacher', 'category', 'reviewer', 'progress'] : ['teacher']));

  protected readonly filters = inject(FormBuilder).nonNullable.group({ year: '' as number | '', category: '' as QualificationCategory | '', filter: '' });
  /** The list opens on the current year (no `year` in the URL); `year=all` lists every year. */
  protected readonly list = new PagedList<SheetQuery, RouteSheetListItemDto>(
    (p, paging) => ({
      ...paging,
      year: p.get('year') === 'all' ? '' : yearParam(p) || this.currentYear,
      category: oneOf(p, 'category', QUALIFICATION_CATEGORY),
      filter: p.get('q') ?? '',
    }),
    {
      toParams: (q) => ({ year: q.year === this.currentYear ? null : q.year === '' ? 'all' : q.year, category: q.category || null, q: q.filter || null }),
      load: (q, paging) =>
        this.api.getRouteSheetList(
          { ...paging, academicYear: q.year === '' ? undefined : q.year, category: q.category || undefined, filter: q.filter || undefined },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.category || q.year !== this.currentYear);
  });
  protected readonly activeFilterCount = computed(() => {
    const q = this.list.query();
    return (q.category ? 1 : 0) + (q.year !== this.currentYear ? 1 : 0);
  });

  protected readonly mySheet = signal<RouteSheetDto | null>(null);
  protected readonly myLoading = signal(true);
  protected readonly myError = signal<string[]>([]);
  protected readonly creating = signal(false);
  protected readonly myMarked = computed(() => {
    const s = this.mySheet();
    return s ? markedPeriods(s, 'self') : [];
  });

  constructor() {
    const { year, category, filter } = this.list.query();
    this.filters.setValue({ year, category, filter }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
    void this.loadMine();
  }

  protected yearLabel(y: number): string {
    return academicYearLabel(y);
  }

  protected clearFilters(): void {
    this.filters.setValue({ year: this.currentYear, category: '', filter: '' });
  }

  protected cells(s: RouteSheetListItemDto): number {
    return Number(s.rowCount) * (s.periodKind === 'HalfYears' ? 2 : 4);
  }

  protected percent(count: number | string, s: RouteSheetListItemDto): number {
    const all = this.cells(s);
    return all ? Math.round((Number(count) * 100) / all) : 0;
  }

  protected progressText(s: RouteSheetListItemDto): string {
    return this.l.t('UI:RouteSheets.ProgressText', s.selfMarkCount, s.reviewerMarkCount, this.cells(s));
  }

  protected open(s: RouteSheetListItemDto): void {
    void this.router.navigate(['/route-sheets', s.id]);
  }

  protected async createMine(): Promise<void> {
    if (this.creating()) return;
    this.creating.set(true);
    this.myError.set([]);
    try {
      const sheet = await firstValueFrom(
        this.api.createRouteSheet({ body: { academicYear: this.currentYear, periodKind: 'Quarters' } }, handlesErrors()),
      );
      this.notify.success(this.l.t('UI:RouteSheets.Created'));
      await this.router.navigate(['/route-sheets', sheet.id]);
    } catch (e) {
      this.myError.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.creating.set(false);
    }
  }

  protected openAssign(): void {
    this.dialog
      .open(AssignRouteSheetsDialog, { width: '560px', maxWidth: '96vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.list.reload();
      });
  }

  private async loadMine(): Promise<void> {
    this.myLoading.set(true);
    try {
      this.mySheet.set(await findMySheet(this.api, this.currentYear));
    } catch (e) {
      this.myError.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.myLoading.set(false);
    }
  }
}
