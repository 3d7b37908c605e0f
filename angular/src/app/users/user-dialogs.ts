import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { firstValueFrom } from 'rxjs';

import { AccountDelivery, BulkCreateUsersResultDto, CreateUserResultDto, RoleDto, UserDto } from '../api/models';
import { UsersService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { roleText, saveBase64File } from './roles-util';

/** Checkboxes for the roles a person holds (or will hold). */
@Component({
  selector: 'app-role-checkboxes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule],
  inputs: ['roles', 'selected'],
  template: `
    <div class="role-boxes" role="group" data-testid="role-checkboxes">
      @for (r of roles; track r.name) {
        <mat-checkbox [checked]="selected().includes(r.name)" (change)="toggle(r.name, $event.checked)" [attr.data-role]="r.name">
          {{ label(r.name) }}
        </mat-checkbox>
      }
    </div>
  `,
  styles: `.role-boxes { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 0 12px; }`,
})
export class RoleCheckboxes {
  roles: RoleDto[] = [];
  selected = signal<string[]>([]);
  private readonly l = inject(LocalizationService);

  protected label(name: string): string {
    return roleText(this.l, name);
  }

  protected toggle(name: string, on: boolean): void {
    this.selected.update((s) => (on ? [...new Set([...s, name])] : s.filter((x) => x !== name)));
  }
}

export interface RolesDialogData {
  user: UserDto;
  roles: RoleDto[];
}

/** "Change roles" of one account. Closes with the saved UserDto. */
@Component({
  selector: 'app-user-roles-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, TPipe, FormBanner, RoleCheckboxes],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Users.ChangeRolesTitle' | t: data.user.fullName }}</h2>
    <mat-dialog-content>
      <p class="hint">{{ 'UI:Users.ChangeRolesHint' | t }}</p>
      <app-form-banner [messages]="errors()" />
      <app-role-checkboxes [roles]="data.roles" [selected]="selected" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
      <button mat-flat-button type="button" (click)="save()" [disabled]="busy() || !selected().length" data-testid="roles-save">{{ 'UI:Save' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `.hint { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }`,
})
export class UserRolesDialog {
  protected readonly data = inject<RolesDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UserRolesDialog, UserDto>);
  private readonly users = inject(UsersService);
  private readonly l = inject(LocalizationService);
  protected readonly selected = signal<string[]>([...(this.data.user.roles ?? [])]);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const saved = await firstValueFrom(this.users.updateUserRoles({ id: this.data.user.id, body: { roles: this.selected() } }, handlesErrors()));
      this.ref.close(saved);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}

/** A one-time password shown once, with a copy button. */
@Component({
  selector: 'app-one-time-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TPipe],
  inputs: ['userName', 'password'],
  template: `
    <div class="otp" data-testid="one-time-password-box">
      <div><span class="label">{{ 'DisplayName:UserName' | t }}</span> <strong data-testid="otp-user-name">{{ userName }}</strong></div>
      <div class="otp-row">
        <span class="label">{{ 'UI:Users.OneTimePassword' | t }}</span>
        <code data-testid="one-time-password">{{ password }}</code>
        <button mat-stroked-button type="button" (click)="copy()" data-testid="otp-copy">
          <mat-icon aria-hidden="true">content_copy</mat-icon>{{ 'UI:Copy' | t }}
        </button>
      </div>
      <p class="warn"><mat-icon aria-hidden="true">visibility_off</mat-icon>{{ 'UI:Users.ShownOnce' | t }}</p>
    </div>
  `,
  styles: `
    .otp { padding: 12px 16px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .otp-row { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin-top: 8px; }
    .label { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-label-medium); }
    code { font-size: 20px; letter-spacing: 1px; padding: 4px 8px; border-radius: 8px; background: var(--mat-sys-surface-container-lowest); user-select: all; }
    .warn { display: flex; gap: 6px; align-items: center; margin: 12px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-error); }
    .warn mat-icon { font-size: 18px; width: 18px; height: 18px; }
  `,
})
export class OneTimePasswordBox {
  userName = '';
  password = '';
  private readonly clipboard = inject(Clipboard);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  protected copy(): void {
    if (this.clipboard.copy(this.password)) this.notify.success(this.l.t('UI:Copied'));
  }
}

/** "Reset password": by e-mail link (when the person has an e-mail) or a new one-time password shown once. */
@Component({
  selector: 'app-reset-password-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, MatRadioModule, FormsModule, TPipe, FormBanner, OneTimePasswordBox],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Users.ResetPasswordTitle' | t: user.fullName }}</h2>
    <mat-dialog-content>
      <app-form-banner [messages]="errors()" />
      @if (password(); as p) {
        <p>{{ 'UI:Users.ResetOtpDone' | t }}</p>
        <app-one-time-password [userName]="user.userName" [password]="p" />
      } @else if (emailed()) {
        <p data-testid="reset-emailed">{{ 'UI:Users.ResetEmailDone' | t: user.email }}</p>
      } @else {
        <mat-radio-group [(ngModel)]="delivery" class="choices" [attr.aria-label]="'UI:Users.Delivery' | t">
          <mat-radio-button value="Email" [disabled]="!user.email" data-testid="delivery-email">
            {{ 'UI:Users.ResetByEmail' | t }}
            <span class="sub">{{ user.email ? ('UI:Users.ResetByEmailHint' | t: user.email) : ('UI:Users.NoEmail' | t) }}</span>
          </mat-radio-button>
          <mat-radio-button value="OneTimePassword" data-testid="delivery-otp">
            {{ 'UI:Users.ResetByOtp' | t }}<span class="sub">{{ 'UI:Users.ResetByOtpHint' | t }}</span>
          </mat-radio-button>
        </mat-radio-group>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (password() || emailed()) {
        <button mat-flat-button type="button" mat-dialog-close data-testid="dialog-done">{{ 'UI:Done' | t }}</button>
      } @else {
        <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
        <button mat-flat-button type="button" (click)="reset()" [disabled]="busy()" data-testid="reset-confirm">{{ 'UI:Users.ResetPassword' | t }}</button>
      }
    </mat-dialog-actions>
  `,
  styles: `.choices { display: flex; flex-direction: column; gap: 8px; } .sub { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }`,
})
export class ResetPasswordDialog {
  protected readonly user = inject<UserDto>(MAT_DIALOG_DATA);
  private readonly users = inject(UsersService);
  private readonly l = inject(LocalizationService);
  protected delivery: AccountDelivery = this.user.email ? 'Email' : 'OneTimePassword';
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly password = signal<string | null>(null);
  protected readonly emailed = signal(false);

  protected async reset(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const r = await firstValueFrom(this.users.resetUserPassword({ id: this.user.id, body: { delivery: this.delivery } }, handlesErrors()));
      if (r.oneTimePassword) this.password.set(r.oneTimePassword);
      else this.emailed.set(true);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}

export interface BulkAccountsData {
  /** The chosen people, or the staff list's current filter ("everyone found without an account"). */
  staffMemberIds?: string[];
  staffFilter?: Record<string, unknown>;
  /** How many people the request is about (as the list counted them). */
  count: number;
  roles: RoleDto[];
}

/** "Give accounts" for many staff members: choose roles, then see who was invited, who got a handout, who was skipped. */
@Component({
  selector: 'app-bulk-accounts-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule, MatIconModule, MatProgressBarModule, TPipe, EnumTextPipe, FormBanner, RoleCheckboxes],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Accounts.GiveTitle' | t }}</h2>
    <mat-dialog-content>
      <app-form-banner [messages]="errors()" />
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      @if (result(); as r) {
        <div data-testid="bulk-result">
          <p class="summary" role="status">{{ 'UI:Accounts.ResultSummary' | t: r.createdCount : r.skippedCount }}</p>
          @if (invited().length) {
            <h3>{{ 'UI:Accounts.InvitedTitle' | t }}</h3>
            <p class="hint">{{ 'UI:Accounts.InvitedHint' | t }}</p>
            <ul data-testid="bulk-invited">@for (i of invited(); track i.staffMemberId) { <li>{{ i.fullName }} — {{ i.userName }}</li> }</ul>
          }
          @if (withPassword().length) {
            <h3>{{ 'UI:Accounts.OtpTitle' | t }}</h3>
            <ul data-testid="bulk-otp">@for (i of withPassword(); track i.staffMemberId) { <li>{{ i.fullName }} — {{ i.userName }}</li> }</ul>
            @if (r.handout; as h) {
              <div class="banner banner--info handout">
                <mat-icon aria-hidden="true">description</mat-icon>
                <div>
                  <p>{{ 'UI:Accounts.HandoutHint' | t }}</p>
                  <button mat-flat-button type="button" (click)="download()" data-testid="handout-download">
                    <mat-icon aria-hidden="true">download</mat-icon>{{ 'UI:Accounts.HandoutDownload' | t }}
                  </button>
                </div>
              </div>
            }
          }
          @if (skipped().length) {
            <h3>{{ 'UI:Accounts.SkippedTitle' | t }}</h3>
            <ul data-testid="bulk-skipped">@for (i of skipped(); track i.staffMemberId) { <li>{{ i.fullName }} — {{ i.outcome | enumText: 'BulkAccountOutcome' }}</li> }</ul>
          }
        </div>
      } @else {
        <p>{{ 'UI:Accounts.GiveIntro' | t: data.count }}</p>
        <p class="hint">{{ 'UI:Accounts.DeliveryExplained' | t }}</p>
        <h3>{{ 'UI:Users.Roles' | t }}</h3>
        <app-role-checkboxes [roles]="data.roles" [selected]="selected" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (result()) {
        <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="dialog-done">{{ 'UI:Done' | t }}</button>
      } @else {
        <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
        <button mat-flat-button type="button" (click)="give()" [disabled]="busy() || !selected().length" data-testid="bulk-confirm">
          {{ 'UI:Accounts.Give' | t }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .hint { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    h3 { font: var(--mat-sys-title-small); margin: 16px 0 4px; }
    ul { margin: 0; padding-left: 20px; }
    .handout { margin-top: 8px; } .handout p { margin: 0 0 8px; }
    .summary { font: var(--mat-sys-body-large); }
  `,
})
export class BulkAccountsDialog {
  protected readonly data = inject<BulkAccountsData>(MAT_DIALOG_DATA);
  private readonly users = inject(UsersService);
  private readonly l = inject(LocalizationService);
  protected readonly selected = signal<string[]>(['Teacher']);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly result = signal<BulkCreateUsersResultDto | null>(null);
  protected readonly invited = computed(() => (this.result()?.items ?? []).filter((i) => i.outcome === 'Invited'));
  protected readonly withPassword = computed(() => (this.result()?.items ?? []).filter((i) => i.outcome === 'OneTimePassword'));
  protected readonly skipped = computed(() => (this.result()?.items ?? []).filter((i) => i.outcome === 'SkippedHasAccount'));

  constructor() {
    inject(MatDialogRef).disableClose = true;
  }

  protected async give(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const body = { staffMemberIds: this.data.staffMemberIds ?? null, staffFilter: this.data.staffFilter ?? null, roles: this.selected() };
      const r = await firstValueFrom(this.users.bulkCreateUsers({ body: body as never }, handlesErrors()));
      this.result.set(r);
      // The one-time passwords exist only in this answer: save the handout at once.
      if (r.handout) saveBase64File(r.handout);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected download(): void {
    const h = this.result()?.handout;
    if (h) saveBase64File(h);
  }
}

export interface GiveAccountData {
  staffMemberId: string;
  fullName: string;
  email: string | null;
  roles: RoleDto[];
}

/** "Give account" on a staff card: the proposed user name (editable), roles, and how the person gets in. */
@Component({
  selector: 'app-give-account-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatProgressBarModule, FormsModule, TPipe, FormBanner,
    RoleCheckboxes, OneTimePasswordBox,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Accounts.GiveOneTitle' | t: data.fullName }}</h2>
    <mat-dialog-content>
      <app-form-banner [messages]="errors()" />
      @if (result(); as r) {
        @if (r.oneTimePassword) {
          <p>{{ 'UI:Accounts.OtpCreated' | t }}</p>
          <app-one-time-password [userName]="r.user.userName" [password]="r.oneTimePassword" />
        } @else {
          <p data-testid="invited">{{ 'UI:Accounts.InvitedOne' | t: (r.user.email ?? '') }}</p>
        }
      } @else {
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        <mat-form-field class="full">
          <mat-label>{{ 'DisplayName:UserName' | t }}</mat-label>
          <input matInput [(ngModel)]="userName" autocapitalize="none" spellcheck="false" data-testid="give-user-name" />
          <mat-hint>{{ 'UI:Accounts.UserNameHint' | t }}</mat-hint>
        </mat-form-field>
        @if (userNameError()) {
          <p class="field-error" role="alert" data-testid="user-name-error">{{ userNameError() }}</p>
        }
        <h3>{{ 'UI:Users.Roles' | t }}</h3>
        <app-role-checkboxes [roles]="data.roles" [selected]="selected" />
        <h3>{{ 'UI:Users.Delivery' | t }}</h3>
        <mat-radio-group [(ngModel)]="delivery" class="choices" [attr.aria-label]="'UI:Users.Delivery' | t">
          <mat-radio-button value="Email" [disabled]="!data.email" data-testid="delivery-email">
            {{ 'UI:Accounts.ByEmail' | t }}
            <span class="sub">{{ data.email ? ('UI:Accounts.ByEmailHint' | t: data.email) : ('UI:Accounts.NoEmail' | t) }}</span>
          </mat-radio-button>
          <mat-radio-button value="OneTimePassword" data-testid="delivery-otp">
            {{ 'UI:Accounts.ByOtp' | t }}<span class="sub">{{ 'UI:Accounts.ByOtpHint' | t }}</span>
          </mat-radio-button>
        </mat-radio-group>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (result()) {
        <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="dialog-done">{{ 'UI:Done' | t }}</button>
      } @else {
        <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
        <button mat-flat-button type="button" (click)="give()" [disabled]="busy() || !selected().length || !userName.trim()" data-testid="give-confirm">
          {{ 'UI:Accounts.GiveOne' | t }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .full { width: 100%; } .field-error { color: var(--mat-sys-error); font: var(--mat-sys-body-small); margin: 0; } h3 { font: var(--mat-sys-title-small); margin: 16px 0 4px; }
    .choices { display: flex; flex-direction: column; gap: 8px; } .sub { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class GiveAccountDialog {
  protected readonly data = inject<GiveAccountData>(MAT_DIALOG_DATA);
  private readonly users = inject(UsersService);
  private readonly l = inject(LocalizationService);
  protected userName = '';
  protected delivery: AccountDelivery = this.data.email ? 'Email' : 'OneTimePassword';
  protected readonly selected = signal<string[]>(['Teacher']);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly userNameError = signal<string | null>(null);
  protected readonly result = signal<CreateUserResultDto | null>(null);

  constructor() {
    inject(MatDialogRef).disableClose = true;
    this.users.getUserNameProposal({ staffMemberId: this.data.staffMemberId }, handlesErrors()).subscribe({
      next: (p) => {
        if (!this.userName) this.userName = p.userName;
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
        this.loading.set(false);
      },
    });
  }

  protected async give(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    this.userNameError.set(null);
    try {
      const body = { staffMemberId: this.data.staffMemberId, userName: this.userName.trim(), roles: this.selected(), delivery: this.delivery };
      this.result.set(await firstValueFrom(this.users.createUser({ body }, handlesErrors())));
    } catch (e) {
      const problem = toProblem(e);
      const nameMessages = Object.entries(problem.errors).filter(([k]) => k.toLowerCase().endsWith('username')).flatMap(([, v]) => v);
      if (nameMessages.length || problem.code === 'Users:DuplicateUserName') {
        this.userNameError.set(nameMessages.join(' ') || problem.detail || problem.title);
      }
      this.errors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
