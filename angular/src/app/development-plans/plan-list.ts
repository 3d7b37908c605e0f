import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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

import { DevelopmentPlanListItemDto, DevelopmentPlanStatus, PlanTemplateDto } from '../api/models';
import { DEVELOPMENT_PLAN_STATUS } from '../api/models/development-plan-status-array';
import { DevelopmentPlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { PageQuery, PagedList, oneOf, yearParam } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { academicYearLabel, currentAcademicYear } from '../shared/academic-year';
import { FilterBar, countSet } from '../shared/filter-bar';
import { YearSelect } from '../shared/year-select';
import { AssignDevelopmentPlansDialog } from './plan-assign-dialog';
import { statusChip } from './plan-utils';
import { allPages } from '../shared/all-pages';

interface PlanQuery extends PageQuery {
  filter: string;
  status: DevelopmentPlanStatus | '';
  year: number | '';
}

/** `/development-plans`: a teacher's own plans (and "create this year's plan"); for the administration, all plans of the school. */
@Component({
  selector: 'app-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KDatePipe, PageHeader, FormBanner, FilterBar,
    YearSelect,
  ],
  templateUrl: './plan-list.html',
})
export class PlanList {
  private readonly api = inject(DevelopmentPlansService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  private readonly dialog = inject(MatDialog);
  protected readonly l = inject(LocalizationService);

  /** Director, deputy, methodologist: every plan of the school. Others: their own (and mentees'). */
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.DevelopmentPlansViewAll));
  protected readonly canAssign = computed(() => this.config.isGranted(Permissions.DevelopmentPlansAssign));
  protected readonly canTemplates = computed(() => this.config.isGranted(Permissions.DevelopmentPlansTemplates));
  protected readonly statuses = DEVELOPMENT_PLAN_STATUS;
  protected readonly thisYear = currentAcademicYear();
  protected readonly thisYearLabel = academicYearLabel(this.thisYear);
  protected readonly chip = statusChip;

  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), {
    initialValue: true,
  });
  protected readonly columns = computed(() =>
    this.wide() ? (this.viewAll() ? ['teacher', 'year', 'template', 'goals', 'status'] : ['year', 'template', 'goals', 'status']) : ['teacher'],
  );

  private readonly fb = inject(FormBuilder);
  protected readonly filters = this.fb.nonNullable.group({
    filter: '',
    status: '' as DevelopmentPlanStatus | '',
    year: '' as number | '',
  });
  protected readonly createForm = this.fb.group({ templateId: this.fb.control<string | null>(null, Validators.required) });

  protected readonly list = new PagedList<PlanQuery, DevelopmentPlanListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', status: oneOf(p, 'status', DEVELOPMENT_PLAN_STATUS), year: yearParam(p) }),
    {
      toParams: (q) => ({ q: q.filter || null, status: q.status || null, year: q.year === '' ? null : q.year }),
      load: (q, paging) =>
        this.api.getDevelopmentPlanList(
          {
            ...paging, filter: q.filter || undefined, status: q.status || undefined, academicYear: q.year === '' ? undefined : q.year,
            mine: this.viewAll() ? undefined : true,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly templates = signal<PlanTemplateDto[]>([]);
  protected readonly creating = signal(false);
  protected readonly createErrors = signal<string[]>([]);
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.status || q.year !== '');
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));
  /** A teacher without a plan for the current academic year is offered to start one. */
  protected readonly offerCreate = computed(
    () => !this.viewAll() && !this.list.loading() && !this.list.error().length && !this.hasFilters() &&
      !this.list.items().some((p) => Number(p.academicYear) === this.thisYear),
  );

  constructor() {
    const { filter, status, year } = this.list.query();
    this.filters.setValue({ filter, status, year }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));

    if (!this.viewAll()) {
      allPages((skipCount, maxResultCount) => firstValueFrom(this.api.getPlanTemplateList({ skipCount, maxResultCount }, handlesErrors())))
        .catch(() => [] as PlanTemplateDto[])
        .then((t) => {
          this.templates.set(t);
          if (t.length && !this.createForm.value.templateId) this.createForm.setValue({ templateId: t[0].id });
        });
    }
    this.list.start();
  }

  protected templateName(t: PlanTemplateDto): string {
    return this.l.culture() === 'ru' ? t.nameRu || t.name : this.l.culture() === 'kk' ? t.nameKk || t.name : t.name;
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', status: '', year: '' });
  }

  protected openAssign(): void {
    this.dialog
      .open(AssignDevelopmentPlansDialog, { width: '560px', maxWidth: '96vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.list.reload();
      });
  }

  protected open(p: DevelopmentPlanListItemDto): void {
    void this.router.navigate(['/development-plans', p.id]);
  }

  protected async create(): Promise<void> {
    const templateId = this.createForm.value.templateId;
    if (!templateId || this.creating()) return;
    this.creating.set(true);
    this.createErrors.set([]);
    try {
      const plan = await firstValueFrom(
        this.api.createDevelopmentPlan({ body: { templateId, academicYear: this.thisYear } }, handlesErrors()),
      );
      this.notify.success(this.l.t('UI:Plans.Created'));
      await this.router.navigate(['/development-plans', plan.id]);
    } catch (e) {
      const p = toProblem(e);
      this.createErrors.set([problemMessage(p, (k) => this.l.t(k)), ...Object.values(p.errors).flat()]);
    } finally {
      this.creating.set(false);
    }
  }
}
