import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { Observable, catchError, firstValueFrom, map, of } from 'rxjs';

import { InvitationState, RoleDto, UserDto } from '../api/models';
import { INVITATION_STATE } from '../api/models/invitation-state-array';
import { RolesService, UsersService } from '../api/services';
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
import { roleText } from './roles-util';
import { ResetPasswordDialog, UserRolesDialog } from './user-dialogs';

const YES_NO = ['true', 'false'] as const;

interface UserQuery extends PageQuery {
  filter: string;
  role: string;
  active: '' | 'true' | 'false';
  locked: '' | 'true' | 'false';
  invitation: InvitationState | '';
}

/** `/users`: the school's accounts with search, filters (in the URL) and the actions on one account. */
@Component({
  selector: 'app-user-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, NgTemplateOutlet, MatButtonModule, MatFormFieldModule, MatIconModule, MatMenuModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatTableModule, TPipe, EnumTextPipe, KDatePipe, PageHeader, FormBanner, FilterBar,
  ],
  templateUrl: './user-list.html',
})
export class UserList {
  private readonly users = inject(UsersService);
  private readonly rolesApi = inject(RolesService);
  private readonly config = inject(AppConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  protected readonly invitationStates = INVITATION_STATE;
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.UsersManage));
  protected readonly canSeeStaff = computed(() => this.config.isGranted(Permissions.Staff));
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionErrors = signal<string[]>([]);
  protected readonly wide = toSignal(inject(BreakpointObserver).observe('(min-width: 840px)').pipe(map((s) => s.matches)), { initialValue: true });
  protected readonly columns = computed(() => (this.wide() ? ['fullName', 'roles', 'lastSignIn', 'state', 'actions'] : ['fullName', 'actions']));

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    filter: '',
    role: '',
    active: '' as '' | 'true' | 'false',
    locked: '' as '' | 'true' | 'false',
    invitation: '' as InvitationState | '',
  });

  protected readonly list = new PagedList<UserQuery, UserDto>(
    (p, paging) => ({
      ...paging, filter: p.get('q') ?? '', role: p.get('role') ?? '', active: oneOf(p, 'active', YES_NO), locked: oneOf(p, 'locked', YES_NO),
      invitation: oneOf(p, 'invitation', INVITATION_STATE),
    }),
    {
      toParams: (q) => ({ q: q.filter || null, role: q.role || null, active: q.active || null, locked: q.locked || null, invitation: q.invitation || null }),
      load: (q, paging) =>
        this.users.getUsers(
          {
            ...paging, sorting: 'fullName', filter: q.filter || undefined, role: q.role || undefined,
            isActive: q.active ? q.active === 'true' : undefined, isLockedOut: q.locked ? q.locked === 'true' : undefined,
            invitationState: q.invitation || undefined,
          },
          handlesErrors(),
        ),
    },
  );
  protected readonly hasFilters = computed(() => {
    const q = this.list.query();
    return !!(q.filter || q.role || q.active || q.locked || q.invitation);
  });
  protected readonly activeFilterCount = computed(() => {
    const q = this.list.query();
    return [q.role, q.active, q.locked, q.invitation].filter(Boolean).length;
  });

  constructor() {
    const { filter, role, active, locked, invitation } = this.list.query();
    this.filters.setValue({ filter, role, active, locked, invitation }, { emitEvent: false });
    this.list.follow(this.filters, (v, q) => ({ ...q, ...v, filter: (v.filter ?? '').trim() }));
    this.rolesApi.getRoleList(undefined, handlesErrors()).pipe(catchError(() => of([]))).subscribe((r) => this.roles.set(r));
    this.list.start();
  }

  protected roleName(name: string): string {
    return roleText(this.l, name);
  }

  protected rolesText(u: UserDto): string {
    return (u.roles ?? []).map((r) => this.roleName(r)).join(', ');
  }

  protected clearFilters(): void {
    this.filters.setValue({ filter: '', role: '', active: '', locked: '', invitation: '' });
  }

  protected changeRoles(user: UserDto): void {
    this.dialog
      .open(UserRolesDialog, { data: { user, roles: this.roles() }, width: '560px', maxWidth: '94vw' })
      .afterClosed()
      .subscribe((saved?: UserDto) => {
        if (!saved) return;
        this.notify.success(this.l.t('UI:Users.RolesSaved', user.fullName));
        this.list.reload();
      });
  }

  protected resetPassword(user: UserDto): void {
    this.dialog.open(ResetPasswordDialog, { data: user, width: '520px', maxWidth: '94vw' }).afterClosed().subscribe(() => this.list.reload());
  }

  protected resend(user: UserDto): Promise<void> {
    return this.run(user, () => this.users.resendUserInvitation({ id: user.id }, handlesErrors()), 'UI:Users.InvitationResent');
  }

  protected unlock(user: UserDto): Promise<void> {
    return this.run(user, () => this.users.unlockUser({ id: user.id }, handlesErrors()), 'UI:Users.Unlocked');
  }

  protected async deactivate(user: UserDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Users.DeactivateTitle'),
      message: this.l.t('UI:Users.DeactivateMessage', user.fullName),
      confirm: this.l.t('UI:Users.Deactivate'),
      danger: true,
    });
    if (ok) await this.run(user, () => this.users.deactivateUser({ id: user.id }, handlesErrors()), 'UI:Users.Deactivated');
  }

  protected async reactivate(user: UserDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Users.ReactivateTitle'),
      message: this.l.t('UI:Users.ReactivateMessage', user.fullName),
      confirm: this.l.t('UI:Users.Reactivate'),
    });
    if (ok) await this.run(user, () => this.users.reactivateUser({ id: user.id }, handlesErrors()), 'UI:Users.Reactivated');
  }

  private async run(user: UserDto, call: () => Observable<unknown>, doneKey: string): Promise<void> {
    this.busyId.set(user.id);
    this.actionErrors.set([]);
    try {
      await firstValueFrom(call(), { defaultValue: undefined });
      this.notify.success(this.l.t(doneKey, user.fullName));
      this.list.reload();
    } catch (e) {
      // E.g. 409 Users:LastDirector: the server's sentence says why, shown above the list.
      this.actionErrors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
      setTimeout(() => document.querySelector<HTMLElement>('app-user-list [data-testid="form-error"]')?.scrollIntoView({ block: 'center' }));
    } finally {
      this.busyId.set(null);
    }
  }
}
