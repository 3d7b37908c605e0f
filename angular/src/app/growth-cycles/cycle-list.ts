import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { GrowthCycleListItemDto, GrowthCycleStage, GrowthCycleStatus, GrowthParticipantKind } from '../api/models';
import { GROWTH_CYCLE_STATUS } from '../api/models/growth-cycle-status-array';
import { GROWTH_PARTICIPANT_KIND } from '../api/models/growth-participant-kind-array';
import { GrowthCyclesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { PageQuery, PagedList, oneOf, yearParam } from '../core/lists/paged-list';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { academicYearLabel, currentAcademicYear } from '../shared/academic-year';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { YearSelect } from '../shared/year-select';
import { PageHeader } from '../shared/page-header';
import { STAGES, cycleStatusChip, stageNumber } from './cycle-utils';
import { StageStepper } from './stage-stepper';

interface CycleQuery extends PageQuery {
  filter: string;
  stage: GrowthCycleStage | '';
  status: GrowthCycleStatus | '';
  kind: GrowthParticipantKind | '';
  year: number | '';
}

/** `/growth-cycles`: a teacher's own cycles (and "open my cycle"); for the administration, every cycle of the school. */
@Component({
  selector: 'app-cycle-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, PageHeader, FormBanner, StageStepper, FilterBar,
    YearSelect,
  ],
  templateUrl: './cycle-list.html',
  styles: `
    .cycle-intro--folded { display: block; padding: 10px 16px; margin-bottom: 12px; }
    .cycle-intro--folded summary { cursor: pointer; margin: 0; }
    .cycle-intro--folded p { margin: 8px 0 0; }
  `,
})
export class CycleList {
  private readonly api = inject(GrowthCyclesService);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  protected readonly l = inject(LocalizationService);

  protected readonly viewAll = computed(() => this.config.isGranted(Permissions.GrowthCyclesViewAll));
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.GrowthCyclesManage));
  protected readonly canSettings = computed(() => this.config.isGranted(Permissions.GrowthCyclesSettings));
  protected readonly stages = STAGES;
  protected readonly statuses = GROWTH_CYCLE_STATUS;
  protected readonly kinds = GROWTH_PARTICIPANT_KIND;
  protected readonly thisYear = currentAcademicYear();
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

  protected readonly list = new PagedList<CycleQuery, GrowthCycleListItemDto>(
    (p, paging) => ({
      ...paging, filter: p.get('q') ?? '', stage: oneOf(p, 'stage', STAGES), status: oneOf(p, 'status', GROWTH_CYCLE_STATUS),
      kind: oneOf(p, 'kind', GROWTH_PARTICIPANT_KIND), year: yearParam(p),
    }),
    {
      toParams: (q) => ({ q: q.filter || null, stage: q.stage || null, status: q.status || null, kind: q.kind || null, year: q.year === '' ? null : q.year }),
      load: (q, paging) =>
        this.api.getGrowthCycleList(
          {
            ...paging, filter: q.filter || undefined, stage: q.stage || undefined, status: q.status || undefined,
            participantKind: q.kind || undefined, academicYear: q.year === '' ? undefined : q.year, mine: this.viewAll() ? undefined : true,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.stage || q.status || q.kind || q.year !== '');
  });
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'filter', 'page', 'size'));
  /** A participant without an active cycle this year is offered to open one. */
  protected readonly offerOpen = computed(
    () => !this.viewAll() && !this.list.loading() && !this.list.error().length && !this.hasFilters() &&
      !this.list.items().some((c) => c.status === 'Active' && Number(c.academicYear) === this.thisYear),
  );

  constructor() {
    const { filter, stage, status, kind, year } = this.list.query();
    this.filters.setValue({ filter, stage, status, kind, year }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.list.start();
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', stage: '', status: '', kind: '', year: '' });
  }

  protected open(c: GrowthCycleListItemDto): void {
    void this.router.navigate(['/growth-cycles', c.id]);
  }
}
