import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { GrowthCycleListItemDto, GrowthCycleStage, GrowthCycleStatus, GrowthParticipantKind } from '../api/models';
import { GROWTH_CYCLE_STATUS } from '../api/models/growth-cycle-status-array';
import { GROWTH_PARTICIPANT_KIND } from '../api/models/growth-participant-kind-array';
import { GrowthCyclesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { academicYearLabel, currentAcademicYear } from '../development-plans/plan-utils';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { STAGES, cycleStatusChip, stageNumber } from './cycle-utils';
import { StageStepper } from './stage-stepper';

interface CycleQuery {
  filter: string;
  stage: GrowthCycleStage | '';
  status: GrowthCycleStatus | '';
  kind: GrowthParticipantKind | '';
  year: number | '';
  page: number;
  size: number;
}

const PAGE_SIZES = [10, 25, 50];

/** `/growth-cycles`: a teacher's own cycles (and "open my cycle"); for the administration, every cycle of the school. */
@Component({
  selector: 'app-cycle-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, PageHeader, FormBanner, StageStepper,
  ],
  templateUrl: './cycle-list.html',
})
export class CycleList {
  private readonly api = inject(GrowthCyclesService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  protected readonly l = inject(LocalizationService);

  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.GrowthCyclesViewAll));
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.GrowthCyclesManage));
  protected readonly canSettings = computed(() => this.config.isGranted(Permissions.GrowthCyclesSettings));
  protected readonly stages = STAGES;
  protected readonly statuses = GROWTH_CYCLE_STATUS;
  protected readonly kinds = GROWTH_PARTICIPANT_KIND;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly thisYear = currentAcademicYear();
  protected readonly years = [this.thisYear + 1, this.thisYear, this.thisYear - 1, this.thisYear - 2];
  protected readonly yearLabel = academicYearLabel;
  protected readonly chip = cycleStatusChip;
  protected readonly stageNumber = stageNumber;

  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), {
    initialValue: true,
  });
  protected readonly columns = computed(() =>
    // "Mine" also lists a mentor's mentees' cycles, so the participant is always named.
    this.wide() ? ['participant', 'year', 'stage', 'zone', 'status'] : ['participant'],
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    filter: '',
    stage: '' as GrowthCycleStage | '',
    status: '' as GrowthCycleStatus | '',
    kind: '' as GrowthParticipantKind | '',
    year: '' as number | '',
  });

  protected readonly query = signal<CycleQuery>(this.readQuery());
  protected readonly items = signal<GrowthCycleListItemDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string[]>([]);
  protected readonly hasFilters = computed(() => {
    const q = this.query();
    return !!(q.filter || q.stage || q.status || q.kind || q.year !== '');
  });
  /** A participant without an active cycle this year is offered to open one. */
  protected readonly offerOpen = computed(
    () => !this.viewAll() && !this.loading() && !this.error().length && !this.hasFilters() &&
      !this.items().some((c) => c.status === 'Active' && Number(c.academicYear) === this.thisYear),
  );

  private readonly load$ = new Subject<CycleQuery>();

  constructor() {
    const q = this.query();
    this.filters.setValue({ filter: q.filter, stage: q.stage, status: q.status, kind: q.kind, year: q.year }, { emitEvent: false });

    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return this.api
            .getGrowthCycleList(
              {
                filter: q.filter || undefined,
                stage: q.stage || undefined,
                status: q.status || undefined,
                participantKind: q.kind || undefined,
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
        this.apply({
          ...this.query(), filter: (v.filter ?? '').trim(), stage: v.stage ?? '', status: v.status ?? '', kind: v.kind ?? '',
          year: v.year ?? '', page: 0,
        }),
      );
    this.load$.next(this.query());
  }

  protected onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', stage: '', status: '', kind: '', year: '' });
  }

  protected open(c: GrowthCycleListItemDto): void {
    void this.router.navigate(['/growth-cycles', c.id]);
  }

  private apply(q: CycleQuery): void {
    this.query.set(q);
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: {
        q: q.filter || null, stage: q.stage || null, status: q.status || null, kind: q.kind || null,
        year: q.year === '' ? null : q.year, page: q.page ? q.page + 1 : null, size: q.size !== 25 ? q.size : null,
      },
    });
    this.load$.next(q);
  }

  private readQuery(): CycleQuery {
    const p = this.route.snapshot.queryParamMap;
    const pick = <T extends string>(name: string, values: readonly T[]): T | '' => {
      const v = p.get(name) ?? '';
      return (values as readonly string[]).includes(v) ? (v as T) : '';
    };
    const year = Number(p.get('year'));
    const size = Number(p.get('size'));
    return {
      filter: p.get('q') ?? '',
      stage: pick('stage', STAGES),
      status: pick('status', GROWTH_CYCLE_STATUS),
      kind: pick('kind', GROWTH_PARTICIPANT_KIND),
      year: year >= 2000 && year <= 2100 ? year : '',
      page: Math.max(0, (Number(p.get('page')) || 1) - 1),
      size: PAGE_SIZES.includes(size) ? size : 25,
    };
  }
}
