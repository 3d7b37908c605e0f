import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, switchMap } from 'rxjs';

import { SchoolDto } from '../api/models';
import { SchoolsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface Query {
  filter: string;
  status: '' | 'active' | 'inactive';
  page: number;
  size: number;
}

/** `/host/schools`: every school on the platform; create, deactivate, activate. */
@Component({
  selector: 'app-school-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KDatePipe, PageHeader, FormBanner, FilterBar,
  ],
  templateUrl: './school-list.html',
})
export class SchoolList {
  private readonly api = inject(SchoolsService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  private readonly confirm = inject(ConfirmService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.SchoolsCreate));
  protected readonly canDeactivate = computed(() => this.config.isGranted(Permissions.SchoolsDeactivate));
  private readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), {
    initialValue: true,
  });
  protected readonly columns = computed(() => {
    const base = this.wide() ? ['name', 'location', 'languages', 'status', 'created'] : ['name', 'status'];
    return this.canDeactivate() ? [...base, 'actions'] : base;
  });

  protected readonly query = signal<Query>(this.readQuery());
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: this.query().filter, status: this.query().status });
  protected readonly items = signal<SchoolDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly busyId = signal<string | null>(null);
  protected readonly error = signal<string[]>([]);
  private readonly load$ = new Subject<Query>();

  constructor() {
    this.load$
      .pipe(
        switchMap((q) => {
          this.loading.set(true);
          return this.api
            .getSchoolList(
              {
                filter: q.filter || undefined,
                isActive: q.status === '' ? undefined : q.status === 'active',
                skipCount: q.page * q.size,
                maxResultCount: q.size,
              },
              handlesErrors(),
            )
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
    this.filters.valueChanges
      .pipe(
        debounceTime(250),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe((v) => this.apply({ ...this.query(), filter: (v.filter ?? '').trim(), status: v.status ?? '', page: 0 }));
    this.load$.next(this.query());
  }

  protected onPage(e: PageEvent): void {
    this.apply({ ...this.query(), page: e.pageIndex, size: e.pageSize });
  }

  protected async toggle(school: SchoolDto): Promise<void> {
    const deactivate = school.isActive;
    if (deactivate) {
      const ok = await this.confirm.confirm({
        title: this.l.t('UI:Schools.DeactivateTitle'),
        message: this.l.t('UI:Schools.DeactivateMessage', school.name),
        confirm: this.l.t('UI:Schools.Deactivate'),
        danger: true,
      });
      if (!ok) return;
    }
    this.busyId.set(school.id);
    try {
      const call = deactivate
        ? this.api.deactivateSchool({ id: school.id }, handlesErrors())
        : this.api.activateSchool({ id: school.id }, handlesErrors());
      await firstValueFrom(call, { defaultValue: undefined });
      this.notify.success(this.l.t(deactivate ? 'UI:Schools.Deactivated' : 'UI:Schools.Activated', school.name));
      this.load$.next(this.query());
    } catch (e) {
      this.notify.error(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.busyId.set(null);
    }
  }

  private apply(q: Query): void {
    this.query.set(q);
    void this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: { q: q.filter || null, status: q.status || null, page: q.page ? q.page + 1 : null },
    });
    this.load$.next(q);
  }

  private readQuery(): Query {
    const p = this.route.snapshot.queryParamMap;
    const status = p.get('status');
    return {
      filter: p.get('q') ?? '',
      status: status === 'active' || status === 'inactive' ? status : '',
      page: Math.max(0, (Number(p.get('page')) || 1) - 1),
      size: 25,
    };
  }
}
