import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { PermissionGrantDto, RoleDto } from '../api/models';
import { RolesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { roleText } from './roles-util';

/** Create or rename a custom role. Closes with the saved role. */
@Component({
  selector: 'app-role-name-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TPipe, FieldError, FormBanner],
  template: `
    <h2 mat-dialog-title>{{ (role ? 'UI:Roles.RenameTitle' : 'UI:Roles.CreateTitle') | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-form-banner [messages]="errors()" />
        <mat-form-field class="full">
          <mat-label>{{ 'UI:Roles.Name' | t }}</mat-label>
          <input matInput formControlName="name" cdkFocusInitial data-testid="role-name" />
          <mat-hint>{{ 'UI:Roles.NameHint' | t }}</mat-hint>
          <mat-error><app-field-error [control]="form.controls.name" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="role-name-save">{{ 'UI:Save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.full { width: 100%; min-width: min(360px, 80vw); }`,
})
export class RoleNameDialog {
  protected readonly role = inject<RoleDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<RoleNameDialog, RoleDto>);
  private readonly api = inject(RolesService);
  private readonly l = inject(LocalizationService);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.role?.name ?? '', [Validators.required, Validators.maxLength(64)]],
  });
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const body = { name: this.form.controls.name.value.trim() };
    this.busy.set(true);
    this.errors.set([]);
    try {
      const saved = this.role
        ? await firstValueFrom(this.api.renameRole({ id: this.role.id, body }, handlesErrors()))
        : await firstValueFrom(this.api.createRole({ body }, handlesErrors()));
      this.ref.close(saved);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, { 'Roles:DuplicateName': 'name' });
      this.errors.set(problem.code === 'Roles:DuplicateName' ? unmatched : [problemMessage(problem, (k) => this.l.t(k)), ...unmatched]);
    } finally {
      this.busy.set(false);
    }
  }
}

interface PermissionNode {
  grant: PermissionGrantDto;
  children: PermissionNode[];
}

/** A role's permissions as a tree: a group's checkbox turns its permissions on and off; a permission needs its group. */
@Component({
  selector: 'app-role-permissions-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, MatCheckboxModule, MatProgressBarModule, TPipe, FormBanner],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Roles.PermissionsTitle' | t: title }}</h2>
    <mat-dialog-content>
      <p class="hint">{{ 'UI:Roles.PermissionsHint' | t }}</p>
      <app-form-banner [messages]="errors()" />
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <ul class="tree" data-testid="permission-tree">
        @for (n of tree(); track n.grant.name) {
          <li>
            <mat-checkbox [checked]="granted().has(n.grant.name)" [indeterminate]="partly(n)" (change)="toggle(n, $event.checked)"
                          [attr.data-permission]="n.grant.name"><strong>{{ n.grant.displayName }}</strong></mat-checkbox>
            @if (n.children.length) {
              <ul>
                @for (c of n.children; track c.grant.name) {
                  <li><mat-checkbox [checked]="granted().has(c.grant.name)" (change)="toggle(c, $event.checked)"
                                    [attr.data-permission]="c.grant.name">{{ c.grant.displayName }}</mat-checkbox></li>
                }
              </ul>
            }
          </li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
      <button mat-flat-button type="button" (click)="save()" [disabled]="busy() || loading()" data-testid="permissions-save">{{ 'UI:Save' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .hint { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); margin: 0 0 8px; }
    .tree, .tree ul { list-style: none; margin: 0; padding: 0; }
    .tree ul { padding-left: 28px; }
  `,
})
export class RolePermissionsDialog {
  private readonly role = inject<RoleDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<RolePermissionsDialog, boolean>);
  private readonly api = inject(RolesService);
  private readonly l = inject(LocalizationService);
  protected readonly title = roleText(this.l, this.role.name);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly tree = signal<PermissionNode[]>([]);
  protected readonly granted = signal(new Set<string>());

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const grants = await firstValueFrom(this.api.getRolePermissions({ id: this.role.id }, handlesErrors()));
      const nodes = new Map(grants.map((g) => [g.name, { grant: g, children: [] as PermissionNode[] }]));
      const roots: PermissionNode[] = [];
      for (const n of nodes.values()) {
        const parent = n.grant.parent ? nodes.get(n.grant.parent) : undefined;
        if (parent) parent.children.push(n);
        else roots.push(n);
      }
      this.tree.set(roots);
      this.granted.set(new Set(grants.filter((g) => g.isGranted).map((g) => g.name)));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected partly(n: PermissionNode): boolean {
    const g = this.granted();
    const on = n.children.filter((c) => g.has(c.grant.name)).length;
    return g.has(n.grant.name) && on > 0 && on < n.children.length;
  }

  protected toggle(n: PermissionNode, on: boolean): void {
    const next = new Set(this.granted());
    const all = (x: PermissionNode): PermissionNode[] => [x, ...x.children.flatMap(all)];
    if (on) {
      all(n).forEach((x) => next.add(x.grant.name));
      let parent = n.grant.parent;
      while (parent) {
        next.add(parent);
        parent = this.findParent(parent);
      }
    } else {
      all(n).forEach((x) => next.delete(x.grant.name));
    }
    this.granted.set(next);
  }

  private findParent(name: string): string | null {
    const find = (list: PermissionNode[]): PermissionNode | undefined => {
      for (const x of list) {
        if (x.grant.name === name) return x;
        const inner = find(x.children);
        if (inner) return inner;
      }
      return undefined;
    };
    return find(this.tree())?.grant.parent ?? null;
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await firstValueFrom(this.api.updateRolePermissions({ id: this.role.id, body: { grantedPermissions: [...this.granted()] } }, handlesErrors()),
        { defaultValue: undefined });
      this.ref.close(true);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}

/** `/roles`: the school's roles (six built-in ones and its own) with their holders; custom roles can be added, renamed, removed. */
@Component({
  selector: 'app-role-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TPipe, PageHeader, FormBanner],
  template: `
    <app-page-header [title]="'Menu:Roles' | t" [subtitle]="'UI:Roles.Subtitle' | t">
      @if (canManage()) {
        <button mat-flat-button type="button" (click)="create()" data-testid="role-create"><mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Roles.Create' | t }}</button>
      }
    </app-page-header>
    <app-form-banner [messages]="errors()" />
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
    }
    <ul class="role-cards" data-testid="role-list">
      @for (r of roles(); track r.id) {
        <li class="surface role-card" [attr.data-role]="r.name">
          <div class="role-card__text">
            <strong>{{ name(r) }}</strong>
            <span class="cell-secondary">
              @if (r.isStatic) { <span class="chip chip--muted">{{ 'UI:Roles.BuiltIn' | t }}</span> }
              <a [routerLink]="['/users']" [queryParams]="{ role: r.name }">{{ 'UI:Roles.Holders' | t: r.userCount }}</a>
            </span>
          </div>
          @if (canManage()) {
            <div class="role-card__actions">
              <button mat-stroked-button type="button" (click)="permissions(r)" data-testid="role-permissions">
                <mat-icon aria-hidden="true">rule</mat-icon>{{ 'UI:Roles.Permissions' | t }}
              </button>
              @if (!r.isStatic) {
                <button mat-icon-button type="button" (click)="rename(r)" [attr.aria-label]="('UI:Roles.Rename' | t) + ': ' + r.name" data-testid="role-rename"><mat-icon>edit</mat-icon></button>
                <button mat-icon-button type="button" class="danger-text" (click)="remove(r)" [attr.aria-label]="('UI:Delete' | t) + ': ' + r.name" data-testid="role-delete"><mat-icon>delete</mat-icon></button>
              }
            </div>
          }
        </li>
      } @empty {
        @if (!loading()) { <li class="table-empty">{{ 'UI:Roles.Empty' | t }}</li> }
      }
    </ul>
  `,
  styles: `
    .role-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .role-card { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 16px; padding: 12px 16px; }
    .role-card__text { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
    .role-card__actions { display: flex; align-items: center; gap: 4px; }
  `,
})
export class RoleList {
  private readonly api = inject(RolesService);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  private readonly config = inject(AppConfigService);
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.RolesManagePermissions));
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    void this.load();
  }

  protected name(r: RoleDto): string {
    return roleText(this.l, r.name);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.roles.set(await firstValueFrom(this.api.getRoleList(undefined, handlesErrors())));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected create(): void {
    this.dialog.open(RoleNameDialog, { data: null, maxWidth: '94vw' }).afterClosed().subscribe((r?: RoleDto) => {
      if (!r) return;
      this.notify.success(this.l.t('UI:Roles.Created', r.name));
      void this.load();
    });
  }

  protected rename(role: RoleDto): void {
    this.dialog.open(RoleNameDialog, { data: role, maxWidth: '94vw' }).afterClosed().subscribe((r?: RoleDto) => {
      if (!r) return;
      this.notify.success(this.l.t('UI:SavedChanges'));
      void this.load();
    });
  }

  protected permissions(role: RoleDto): void {
    this.dialog.open(RolePermissionsDialog, { data: role, width: '640px', maxWidth: '94vw' }).afterClosed().subscribe(async (saved?: boolean) => {
      if (!saved) return;
      this.notify.success(this.l.t('UI:Roles.PermissionsSaved', this.name(role)));
      // The signed-in person may hold this role: their menu follows at once.
      await this.config.load().catch(() => undefined);
    });
  }

  protected async remove(role: RoleDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Roles.DeleteTitle'),
      message: this.l.t('UI:Roles.DeleteMessage', role.name),
      confirm: this.l.t('UI:Delete'),
      danger: true,
    });
    if (!ok) return;
    this.errors.set([]);
    try {
      await firstValueFrom(this.api.deleteRole({ id: role.id }, handlesErrors()), { defaultValue: undefined });
      this.notify.success(this.l.t('UI:Roles.Deleted', role.name));
      await this.load();
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    }
  }
}
