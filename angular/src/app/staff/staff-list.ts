import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { MethodologicalAssociationListItemDto, QualificationCategory, StaffMemberDto } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { ApiConfiguration } from '../api/api-configuration';
import { MethodologicalAssociationsService, StaffService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface StaffQuery {
  filter: string;
  category: QualificationCategory | '';
  subject: string;
  association: string;
  young: boolean;
  archived: boolean;
  page: number;
  size: number;
}

const PAGE_SIZES = [10, 25, 50, 100];

/** `/staff`: the school's staff registry with search, filters and paging; the query lives in the URL. */
@Component({
  selector: 'app-staff-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatMenuModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, MatTableModule, MatTooltipModule, TPipe, EnumTextPipe,
    KDatePipe, PageHeader, FormBanner,
  ],
  templateUrl: './staff-list.html',
})
export class StaffList {
  private readonly staff = inject(StaffService);
  private readonly associationsApi = inject(MethodologicalAssociationsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  private readonly printUrl = `${inject(ApiConfiguration).rootUrl}${StaffService.GetStaffRegistryDocumentPath}`;
  protected readonly printKk = `${this.printUrl}?culture=kk`;
  protected readonly printRu = `${this.printUrl}?culture=ru`;
  protected readonly categories = QUALIFICATION_CATEGORY;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.StaffCreate));
  protected readonly canImport = computed(() => this.config.isGranted(Permissions.StaffImport));
  protected readonly canSeeAssociations = computed(() => this.config.isGranted(Permissions.MethodologicalAssociations));

  protected readonly filtersOpen = signal(false);
  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), {
    initialValue: true,
  });
  protected readonly columns = computed(() =>
    this.wide() ? ['fullName', 'category', 'subjects', 'association', 'experience'] : ['fullName'],
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    filter: '',
    category: '' as QualificationCategory | '',
    subject: '',
    association: '',
    young: false,
    archived: false,
  });

  protected readonly query = signal<StaffQuery>(this.readQuery());
  protected readonly items = signal<StaffMemberDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string[]>([]);
  protected readonly subjects = signal<string[]>([]);
  protected readonly associations = signal<MethodologicalAssociationListItemDto[]>([]);
  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.filter || q.category || q.subject || q.association || q.young || q.archived);
  });

  protected readonly activeFilterCount = computed(() => {
    const q = this.query();
    return [q.category, q.subject, q.association, q.young, q.archived].filter(Boolean).length;
  });

  private readonly load$ = new Subject<StaffQuery>();

  constructor() {
    this.filters.setValue(
      {
        filter: this.query().filter, category: this.query().category, subject: this.query().subject,
        association: this.query().association, young: this.query().young, archived: this.query().archived,
      },
      { emitEvent: false },
    );

    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return this.staff
            .getStaffList(
              {
                filter: q.filter || undefined,
                category: q.category || undefined,
                subject: q.subject || undefined,
                methodologicalAssociationId: q.association || undefined,
                isYoungSpecialist: q.young ? true : undefined,
                includeArchived: q.archived,
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

    // Typing in the search box waits a moment; the other filters apply at once. Either way the page goes back to 1.
    this.filters.valueChanges
      .pipe(
        map((v) => ({ ...v })),
        debounceTime(250),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe((v) => this.apply({ ...this.query(), ...v, filter: (v.filter ?? '').trim(), page: 0 } as StaffQuery));

    this.staff.getStaffSubjects(undefined, handlesErrors()).pipe(catchError(() => of([]))).subscribe((s) => this.subjects.set(s));
    if (this.canSeeAssociations()) {
      this.associationsApi
        .getMethodologicalAssociationList({ skipCount: 0, maxResultCount: 100 }, handlesErrors())
        .pipe(catchError(() => of({ items: [], totalCount: 0 })))
        .subscribe((r) => this.associations.set(r.items ?? []));
    }
    this.load$.next(this.query());
  }

  protected onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', category: '', subject: '', association: '', young: false, archived: false });
  }

  protected open(member: StaffMemberDto): void {
    void this.router.navigate(['/staff', member.id]);
  }

  private apply(q: StaffQuery): void {
    this.query.set(q);
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: {
        q: q.filter || null, category: q.category || null, subject: q.subject || null, ma: q.association || null,
        young: q.young || null, archived: q.archived || null, page: q.page ? q.page + 1 : null, size: q.size !== 25 ? q.size : null,
      },
    });
    this.load$.next(q);
  }

  private readQuery(): StaffQuery {
    const p = this.route.snapshot.queryParamMap;
    const category = p.get('category') ?? '';
    const size = Number(p.get('size'));
    return {
      filter: p.get('q') ?? '',
      category: (QUALIFICATION_CATEGORY as string[]).includes(category) ? (category as QualificationCategory) : '',
      subject: p.get('subject') ?? '',
      association: p.get('ma') ?? '',
      young: p.get('young') === 'true',
      archived: p.get('archived') === 'true',
      page: Math.max(0, (Number(p.get('page')) || 1) - 1),
      size: PAGE_SIZES.includes(size) ? size : 25,
    };
  }
}
