import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';

import { SchoolDto } from '../api/models';
import { SchoolsService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { PageQuery, PagedList, oneOf } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface Query extends PageQuery {
  filter: string;
  status: '' | 'active' | 'inactive';
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

  protected readonly list = new PagedList<Query, SchoolDto>(
    (p, paging) => ({ ...paging, filter: p.get('q') ?? '', status: oneOf(p, 'status', ['active', 'inactive'] as const) }),
    {
      toParams: (q) => ({ q: q.filter || null, status: q.status || null }),
      load: (q, paging) =>
        this.api.getSchoolList({ ...paging, filter: q.filter || undefined, isActive: q.status === '' ? undefined : q.status === 'active' }, handlesErrors()),
    },
  );
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: this.list.query().filter, status: this.list.query().status });
  protected readonly busyId = signal<string | null>(null);

  constructor() {
    this.list.follow(this.filters, (v, q) => ({ ...q, filter: (v.filter ?? '').trim(), status: v.status ?? '' }));
    this.list.start();
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
      this.list.reload();
    } catch (e) {
      this.notify.error(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.busyId.set(null);
    }
  }
}
