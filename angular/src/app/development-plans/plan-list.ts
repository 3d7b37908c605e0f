import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, switchMap } from 'rxjs';

import { DevelopmentPlanListItemDto, DevelopmentPlanStatus, PlanTemplateDto } from '../api/models';
import { DEVELOPMENT_PLAN_STATUS } from '../api/models/development-plan-status-array';
import { DevelopmentPlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { academicYearLabel, currentAcademicYear, statusChip } from './plan-utils';

interface PlanQuery {
  filter: string;
  status: DevelopmentPlanStatus | '';
  year: number | '';
  page: number;
  size: number;
}

const PAGE_SIZES = [10, 25, 50];

/** `/development-plans`: a teacher's own plans (and "create this year's plan"); for the administration, all plans of the school. */
@Component({
  selector: 'app-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KDatePipe, PageHeader, FormBanner,
  ],
  templateUrl: './plan-list.html',
})
export class PlanList {
  private readonly api = inject(DevelopmentPlansService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  private readonly notify = inject(NotifyService);
  protected readonly l = inject(LocalizationService);

  /** Director, deputy, methodologist: every plan of the school. Others: their own (and mentees'). */
  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.DevelopmentPlansViewAll));
  protected readonly statuses = DEVELOPMENT_PLAN_STATUS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly thisYear = currentAcademicYear();
  protected readonly thisYearLabel = academicYearLabel(this.thisYear);
  protected readonly years = [this.thisYear + 1, this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected readonly yearLabel = academicYearLabel;
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

  protected readonly query = signal<PlanQuery>(this.readQuery());
  protected readonly items = signal<DevelopmentPlanListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string[]>([]);
  protected readonly templates = signal<PlanTemplateDto[]>([]);
  protected readonly creating = signal(false);
  protected readonly createErrors = signal<string[]>([]);
  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.filter || q.status || q.year !== '');
  });
  /** A teacher without a plan for the current academic year is offered to start one. */
  protected readonly offerCreate = computed(
    () => !this.viewAll() && !this.loading() && !this.error().length && !this.hasFilters() &&
      !this.items().some((p) => Number(p.academicYear) === this.thisYear),
  );

  private readonly load$ = new Subject<PlanQuery>();

  constructor() {
    const q = this.query();
    this.filters.setValue({ filter: q.filter, status: q.status, year: q.year }, { emitEvent: false });

    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return this.api
            .getDevelopmentPlanList(
              {
                filter: q.filter || undefined,
                status: q.status || undefined,
                academicYear: q.year === '' ? undefined : q.year,
                mine: this.viewAll() ? undefined : true,
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
      .subscribe((v) =>
        this.apply({ ...this.query(), filter: (v.filter ?? '').trim(), status: v.status ?? '', year: v.year ?? '', page: 0 }),
      );

    if (!this.viewAll()) {
      this.api
        .getPlanTemplateList(undefined, handlesErrors())
        .pipe(catchError(() => of([] as PlanTemplateDto[])))
        .subscribe((t) => {
          this.templates.set(t);
          if (t.length && !this.createForm.value.templateId) this.createForm.setValue({ templateId: t[0].id });
        });
    }
    this.load$.next(this.query());
  }

  protected templateName(t: PlanTemplateDto): string {
    return this.l.culture() === 'ru' ? t.nameRu || t.name : this.l.culture() === 'kk' ? t.nameKk || t.name : t.name;
  }

  protected onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', status: '', year: '' });
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

  private apply(q: PlanQuery): void {
    this.query.set(q);
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: {
        q: q.filter || null, status: q.status || null, year: q.year === '' ? null : q.year,
        page: q.page ? q.page + 1 : null, size: q.size !== 25 ? q.size : null,
      },
    });
    this.load$.next(q);
  }

  private readQuery(): PlanQuery {
    const p = this.route.snapshot.queryParamMap;
    const status = p.get('status') ?? '';
    const year = Number(p.get('year'));
    const size = Number(p.get('size'));
    return {
      filter: p.get('q') ?? '',
      status: (DEVELOPMENT_PLAN_STATUS as string[]).includes(status) ? (status as DevelopmentPlanStatus) : '',
      year: year >= 2000 && year <= 2100 ? year : '',
      page: Math.max(0, (Number(p.get('page')) || 1) - 1),
      size: PAGE_SIZES.includes(size) ? size : 25,
    };
  }
}
