import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, switchMap } from 'rxjs';

import { QualificationCategory, RouteSheetDto, RouteSheetListItemDto } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { RouteSheetsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { AssignRouteSheetsDialog } from './assign-dialog';
import { currentAcademicYear } from '../shared/academic-year';
import { KkRuPipe, findMySheet, markedPeriods } from './common';

interface SheetQuery {
  year: number | '';
  category: QualificationCategory | '';
  filter: string;
  page: number;
  size: number;
}

const PAGE_SIZES = [10, 25, 50];

/** `/route-sheets`: the caller's own route sheet for this year, and the sheets they may see (all of them for the administration). */
@Component({
  selector: 'app-route-sheet-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KkRuPipe, PageHeader, FormBanner,
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
      <form class="filters" [formGroup]="filters" role="search" (submit)="$event.preventDefault()">
        <mat-form-field class="filter-search">
          <mat-label>{{ 'UI:Search' | t }}</mat-label>
          <mat-icon matPrefix aria-hidden="true">search</mat-icon>
          <input matInput type="search" formControlName="filter" data-testid="route-search" [placeholder]="'UI:RouteSheets.SearchPlaceholder' | t" />
        </mat-form-field>
        @if (!wide()) {
          <button mat-stroked-button type="button" class="filters-toggle" (click)="filtersOpen.set(!filtersOpen())"
                  [attr.aria-expanded]="filtersOpen()" aria-controls="route-filters" data-testid="filters-toggle">
            <mat-icon aria-hidden="true">tune</mat-icon>{{ 'UI:Filters' | t }}
          </button>
        }
        <div id="route-filters" class="filters-more" [hidden]="!wide() && !filtersOpen()">
          <mat-form-field>
            <mat-label>{{ 'UI:RouteSheets.Year' | t }}</mat-label>
            <mat-select formControlName="year" data-testid="filter-year">
              <mat-option value="">{{ 'UI:All' | t }}</mat-option>
              @for (y of years; track y) {
                <mat-option [value]="y">{{ yearLabel(y) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'UI:RouteSheets.Level' | t }}</mat-label>
            <mat-select formControlName="category" data-testid="filter-category">
              <mat-option value="">{{ 'UI:All' | t }}</mat-option>
              @for (c of categories; track c) {
                <mat-option [value]="c">{{ c | enumText: 'QualificationCategory' }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
      </form>

      <app-form-banner [messages]="error()" />

      <div class="table-wrap">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        <table mat-table [dataSource]="items()" data-testid="route-table" [attr.aria-busy]="loading()">
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
              @if (!loading()) {
                {{ (hasFilters() ? 'UI:NothingFound' : canViewAll() ? 'UI:RouteSheets.EmptyAll' : 'UI:RouteSheets.EmptyMine') | t }}
              }
            </td>
          </tr>
        </table>
      </div>
      <mat-paginator [length]="total()" [pageIndex]="query().page" [pageSize]="query().size" [pageSizeOptions]="pageSizes"
                     (page)="onPage($event)" [showFirstLastButtons]="true" />
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
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly dialog = inject(MatDialog);

  protected readonly currentYear = currentAcademicYear();
  protected readonly years = [this.currentYear + 1, this.currentYear, this.currentYear - 1, this.currentYear - 2, this.currentYear - 3];
  protected readonly categories = QUALIFICATION_CATEGORY;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly canAssign = computed(() => this.config.isGranted(Permissions.RouteSheetsAssign));
  protected readonly canTemplates = computed(() => this.config.isGranted(Permissions.RouteSheetsTemplates));
  protected readonly canViewAll = computed(() => this.config.isGranted(Permissions.RouteSheetsViewAll));
  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), { initialValue: true });
  protected readonly columns = computed(() => (this.wide() ? ['teacher', 'category', 'reviewer', 'progress'] : ['teacher']));
  protected readonly filtersOpen = signal(false);

  protected readonly filters = inject(FormBuilder).nonNullable.group({ year: '' as number | '', category: '' as QualificationCategory | '', filter: '' });
  protected readonly query = signal<SheetQuery>(this.readQuery());
  protected readonly items = signal<RouteSheetListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string[]>([]);
  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.filter || q.category || q.year !== this.currentYear);
  });

  protected readonly mySheet = signal<RouteSheetDto | null>(null);
  protected readonly myLoading = signal(true);
  protected readonly myError = signal<string[]>([]);
  protected readonly creating = signal(false);
  protected readonly myMarked = computed(() => {
    const s = this.mySheet();
    return s ? markedPeriods(s, 'self') : [];
  });

  private readonly load$ = new Subject<SheetQuery>();

  constructor() {
    const q = this.query();
    this.filters.setValue({ year: q.year, category: q.category, filter: q.filter }, { emitEvent: false });
    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return this.api
            .getRouteSheetList(
              {
                academicYear: q.year === '' ? undefined : q.year,
                category: q.category || undefined,
                filter: q.filter || undefined,
                skipCount: q.page * q.size,
                maxResultCount: q.size,
              },
              handlesErrors(),
            )
            .pipe(catchError((e: unknown) => of(toProblem(e))));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if ('status' in result) {
          this.error.set([problemMessage(result, (k) => this.l.t(k))]);
          this.items.set([]);
          this.total.set(0);
        } else {
          this.error.set([]);
          this.items.set(result.items ?? []);
          this.total.set(Number(result.totalCount));
        }
      });
    this.filters.valueChanges
      .pipe(
        map((v) => ({ ...v })),
        debounceTime(250),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe((v) => this.apply({ ...this.query(), ...v, filter: (v.filter ?? '').trim(), page: 0 } as SheetQuery));
    this.load$.next(this.query());
    void this.loadMine();
  }

  protected yearLabel(y: number): string {
    return `${y}–${y + 1}`;
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

  protected onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
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
        if (changed) this.load$.next(this.query());
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

  private apply(q: SheetQuery): void {
    this.query.set(q);
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: {
        year: q.year === this.currentYear ? null : q.year === '' ? 'all' : q.year,
        category: q.category || null,
        q: q.filter || null,
        page: q.page ? q.page + 1 : null,
        size: q.size !== 25 ? q.size : null,
      },
    });
    this.load$.next(q);
  }

  private readQuery(): SheetQuery {
    const p = this.route.snapshot.queryParamMap;
    const category = p.get('category') ?? '';
    const size = Number(p.get('size'));
    const yearParam = p.get('year');
    const year = yearParam === 'all' ? '' : Number(yearParam) || this.currentYear;
    return {
      year,
      category: (QUALIFICATION_CATEGORY as string[]).includes(category) ? (category as QualificationCategory) : '',
      filter: p.get('q') ?? '',
      page: Math.max(0, (Number(p.get('page')) || 1) - 1),
      size: PAGE_SIZES.includes(size) ? size : 25,
    };
  }
}
