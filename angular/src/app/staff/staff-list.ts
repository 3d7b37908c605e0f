import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { catchError, map, of, firstValueFrom } from 'rxjs';
import { MatDialog } from '@angular/material/dialog';
import { SelectionModel } from '@angular/cdk/collections';

import { MethodologicalAssociationListItemDto, QualificationCategory, StaffMemberDto } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { ApiConfiguration } from '../api/api-configuration';
import { MethodologicalAssociationsService, RolesService, StaffService } from '../api/services';
import { RoleDto } from '../api/models';
import { BulkAccountsDialog } from '../users/user-dialogs';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { allPages } from '../shared/all-pages';

interface StaffQuery extends PageQuery {
  filter: string;
  category: QualificationCategory | '';
  subject: string;
  association: string;
  young: boolean;
  archived: boolean;
}

/** `/staff`: the school's staff registry with search, filters and paging; the query lives in the URL. */
@Component({
  selector: 'app-staff-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatMenuModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, MatTooltipModule, TPipe, EnumTextPipe, KDatePipe, PageHeader, FormBanner, FilterBar,
  ],
  templateUrl: './staff-list.html',
})
export class StaffList {
  private readonly staff = inject(StaffService);
  private readonly associationsApi = inject(MethodologicalAssociationsService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly l = inject(LocalizationService);

  private readonly printUrl = `${inject(ApiConfiguration).rootUrl}${StaffService.GetStaffRegistryDocumentPath}`;
  protected readonly printKk = `${this.printUrl}?culture=kk`;
  protected readonly printRu = `${this.printUrl}?culture=ru`;
  protected readonly categories = QUALIFICATION_CATEGORY;
  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.StaffCreate));
  protected readonly canImport = computed(() => this.config.isGranted(Permissions.StaffImport));
  protected readonly canSeeAssociations = computed(() => this.config.isGranted(Permissions.MethodologicalAssociations));
  protected readonly canGiveAccounts = computed(() => this.config.isGranted(Permissions.UsersManage));
  private readonly dialog = inject(MatDialog);
  private readonly rolesApi = inject(RolesService);
  private roles: RoleDto[] = [];
  /** Ticked rows (ids); kept across pages and filters until accounts are given. */
  protected readonly selection = new SelectionModel<string>(true);
  protected readonly selectedCount = signal(0);

  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), {
    initialValue: true,
  });
  protected readonly columns = computed(() =>
    [
      ...(this.canGiveAccounts() ? ['select'] : []),
      ...(this.wide() ? ['fullName', 'category', 'subjects', 'association', 'experience', 'account'] : ['fullName']),
    ],
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    filter: '',
    category: '' as QualificationCategory | '',
    subject: '',
    association: '',
    young: false,
    archived: false,
  });

  protected readonly list = new PagedList<StaffQuery, StaffMemberDto>(
    (p, paging) => ({
      ...paging, filter: p.get('q') ?? '', category: oneOf(p, 'category', QUALIFICATION_CATEGORY), subject: p.get('subject') ?? '',
      association: p.get('ma') ?? '', young: p.get('young') === 'true', archived: p.get('archived') === 'true',
    }),
    {
      pageSizes: [10, 25, 50, 100],
      toParams: (q) => ({
        q: q.filter || null, category: q.category || null, subject: q.subject || null, ma: q.association || null, young: q.young || null,
        archived: q.archived || null,
      }),
      load: (q, paging) =>
        this.staff.getStaffList(
          {
            ...paging, filter: q.filter || undefined, category: q.category || undefined, subject: q.subject || undefined,
            methodologicalAssociationId: q.association || undefined, isYoungSpecialist: q.young ? true : undefined, includeArchived: q.archived,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly subjects = signal<string[]>([]);
  protected readonly associations = signal<MethodologicalAssociationListItemDto[]>([]);
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.category || q.subject || q.association || q.young || q.archived);
  });

  protected readonly activeFilterCount = computed(() => {
    const q = this.list.query();
    return [q.category, q.subject, q.association, q.young, q.archived].filter(Boolean).length;
  });

  constructor() {
    const { filter, category, subject, association, young, archived } = this.list.query();
    this.filters.setValue({ filter, category, subject, association, young, archived }, { emitEvent: false });
    // Typing in the search box waits a moment; the other filters apply at once. Either way the page goes back to 1.
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));

    this.staff.getStaffSubjects(undefined, handlesErrors()).pipe(catchError(() => of([]))).subscribe((s) => this.subjects.set(s));
    if (this.canSeeAssociations()) {
      allPages((skipCount, maxResultCount) =>
        firstValueFrom(this.associationsApi.getMethodologicalAssociationList({ skipCount, maxResultCount }, handlesErrors())),
      ).then((items) => this.associations.set(items), () => this.associations.set([]));
    }
    if (this.canGiveAccounts()) {
      this.rolesApi.getRoleList(undefined, handlesErrors()).pipe(catchError(() => of([]))).subscribe((r) => (this.roles = r));
      this.selection.changed.subscribe(() => this.selectedCount.set(this.selection.selected.length));
    }
    this.list.start();
  }

  protected selectable(m: StaffMemberDto): boolean {
    return !m.hasAccount && !m.isArchived;
  }

  protected readonly pageSelectable = computed(() => this.list.items().filter((m) => this.selectable(m)));

  protected allOnPageSelected(): boolean {
    const rows = this.pageSelectable();
    return rows.length > 0 && rows.every((m) => this.selection.isSelected(m.id));
  }

  protected toggleAllOnPage(on: boolean): void {
    for (const m of this.pageSelectable()) {
      if (on) this.selection.select(m.id);
      else this.selection.deselect(m.id);
    }
  }

  /** "Give accounts" to the ticked people, or to everyone the current filter finds who has no account yet. */
  protected giveAccounts(scope: 'selected' | 'filter'): void {
    const q = this.list.query();
    const data = scope === 'selected'
      ? { staffMemberIds: [...this.selection.selected], count: this.selection.selected.length, roles: this.roles }
      : {
          staffFilter: {
            filter: q.filter || null, category: q.category || null, subject: q.subject || null,
            methodologicalAssociationId: q.association || null, isYoungSpecialist: q.young ? true : null,
          },
          count: this.list.total(),
          roles: this.roles,
        };
    this.dialog.open(BulkAccountsDialog, { data, width: '640px', maxWidth: '94vw' }).afterClosed().subscribe((done?: boolean) => {
      if (!done) return;
      this.selection.clear();
      this.list.reload();
    });
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', category: '', subject: '', association: '', young: false, archived: false });
  }

  protected open(member: StaffMemberDto): void {
    void this.router.navigate(['/staff', member.id]);
  }
}
