import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';

import { MethodologicalAssociationDto, StaffMemberDto } from '../api/models';
import { MethodologicalAssociationsService, StaffService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { emptyToNull } from '../shared/format';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';

function chosenOrEmpty(control: AbstractControl): ValidationErrors | null {
  const v = control.value as unknown;
  if (v === null || v === '' || v === undefined) return null;
  return typeof v === 'object' && (v as StaffRef).id ? null : { notChosen: true };
}

/** `/methodological-associations/new` and `/:id`: name, description, leader, and the members. */
@Component({
  selector: 'app-association-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule, MatProgressSpinnerModule, MatTableModule, MatTooltipModule, TPipe, EnumTextPipe, FieldError, FormBanner,
    DraftBanner, NotFoundView, PageHeader, StaffPicker,
  ],
  templateUrl: './association-detail.html',
})
export class AssociationDetail implements OnInit {
  readonly id = input<string>();

  private readonly api = inject(MethodologicalAssociationsService);
  private readonly staffApi = inject(StaffService);
  private readonly config = inject(AppConfigService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  private readonly drafts = inject(DraftService);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly isNew = computed(() => !this.id());
  protected readonly association = signal<MethodologicalAssociationDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly memberErrors = signal<string[]>([]);
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.MethodologicalAssociationsManage));
  protected readonly canOpenStaff = computed(() => this.config.isGranted(Permissions.Staff));
  protected readonly memberIds = computed(() => (this.association()?.members ?? []).map((m) => m.id));
  protected readonly memberColumns = computed(() => (this.canManage() ? ['fullName', 'category', 'actions'] : ['fullName', 'category']));

  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    name: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
    description: this.fb.control<string | null>(null, Validators.maxLength(2000)),
    leader: this.fb.control<StaffRef | string | null>(null, chosenOrEmpty),
  });

  protected readonly leaderOptions = toSignal(
    this.form.controls.leader.valueChanges.pipe(
      startWith(''),
      map((v) => (typeof v === 'string' ? v.trim() : null)),
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((filter) =>
        filter === null || !this.config.isGranted(Permissions.Staff)
          ? of([] as StaffMemberDto[])
          : this.staffApi.getStaffList({ filter: filter || undefined, skipCount: 0, maxResultCount: 20, includeArchived: false }, handlesErrors()).pipe(
              map((r) => r.items ?? []),
              catchError(() => of([] as StaffMemberDto[])),
            ),
      ),
    ),
    { initialValue: [] as StaffMemberDto[] },
  );

  private draft: FormDraft | null = null;

  ngOnInit(): void {
    this.draft = this.drafts.track(`association:${this.id() ?? 'new'}`, this.form, { restoreNow: false }, this.destroyRef);
    if (this.isNew()) this.draft.restore();
    else void this.load();
  }

  protected displayStaff = (v: StaffRef | string | null): string => (typeof v === 'string' ? v : (v?.fullName ?? ''));

  protected draftRestored(): boolean {
    return this.draft?.restored() ?? false;
  }

  protected async discardDraft(): Promise<void> {
    this.draft?.clear();
    if (this.isNew()) this.form.reset();
    else await this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const a = await firstValueFrom(this.api.getMethodologicalAssociation({ id: this.id()! }, handlesErrors()));
      this.association.set(a);
      this.form.reset(toForm(a), { emitEvent: false });
      this.draft?.restore();
      if (this.canManage()) this.form.enable({ emitEvent: false });
      else this.form.disable({ emitEvent: false });
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400) this.notFound.set(true);
      else this.formErrors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    if (this.saving() || !this.canManage()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.formErrors.set([]);
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const body = {
      name: v.name.trim(),
      description: emptyToNull(v.description),
      leaderStaffMemberId: v.leader && typeof v.leader === 'object' ? v.leader.id : null,
    };
    this.saving.set(true);
    try {
      const current = this.association();
      if (current) {
        await firstValueFrom(
          this.api.updateMethodologicalAssociation({ id: current.id, body: { ...body, concurrencyStamp: current.concurrencyStamp } }, handlesErrors()),
        );
        this.draft?.clear();
        this.notify.success(this.l.t('UI:SavedChanges', body.name));
        await this.load();
      } else {
        const created = await firstValueFrom(this.api.createMethodologicalAssociation({ body }, handlesErrors()));
        this.draft?.clear();
        this.notify.success(this.l.t('UI:Associations.Created', body.name));
        await this.router.navigate(['/methodological-associations', created.id], { replaceUrl: true });
      }
    } catch (e) {
      const problem = toProblem(e);
      // leaderStaffMemberId errors belong to the "leader" field.
      if (problem.errors['leaderStaffMemberId']) {
        problem.errors['leader'] = problem.errors['leaderStaffMemberId'];
        delete problem.errors['leaderStaffMemberId'];
      }
      const unmatched = applyProblemToForm(this.form, problem, {
        'MethodologicalAssociations:DuplicateName': 'name',
        'MethodologicalAssociations:LeaderMustBeActiveStaff': 'leader',
      });
      const messages = [...unmatched];
      messages.unshift(problemMessage(problem, (k) => this.l.t(k)));
      this.formErrors.set([...new Set(messages)]);
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(): Promise<void> {
    const a = this.association();
    if (!a) return;
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Associations.DeleteTitle'),
      message: this.l.t('UI:Associations.DeleteMessage', a.name),
      confirm: this.l.t('UI:Delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await firstValueFrom(this.api.deleteMethodologicalAssociation({ id: a.id }, handlesErrors()), { defaultValue: undefined });
      this.draft?.clear();
      this.notify.success(this.l.t('UI:Associations.Deleted', a.name));
      await this.router.navigate(['/methodological-associations']);
    } catch (e) {
      this.formErrors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    }
  }

  protected async addMember(member: StaffRef): Promise<void> {
    const a = this.association();
    if (!a) return;
    this.memberErrors.set([]);
    try {
      await firstValueFrom(this.api.addMethodologicalAssociationMembers({ id: a.id, body: { staffMemberIds: [member.id] } }, handlesErrors()), {
        defaultValue: undefined,
      });
      this.notify.success(this.l.t('UI:Associations.MemberAdded', member.fullName));
      await this.reloadMembers();
    } catch (e) {
      this.memberErrors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    }
  }

  protected async removeMember(member: { id: string; fullName: string }): Promise<void> {
    const a = this.association();
    if (!a) return;
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Associations.RemoveMemberTitle'),
      message: this.l.t('UI:Associations.RemoveMemberMessage', member.fullName, a.name),
      confirm: this.l.t('UI:Remove'),
      danger: true,
    });
    if (!ok) return;
    this.memberErrors.set([]);
    try {
      await firstValueFrom(this.api.removeMethodologicalAssociationMember({ id: a.id, staffMemberId: member.id }, handlesErrors()), {
        defaultValue: undefined,
      });
      await this.reloadMembers();
    } catch (e) {
      this.memberErrors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    }
  }

  /** Members changed: refresh the list and the concurrency stamp without touching what is typed in the form. */
  private async reloadMembers(): Promise<void> {
    const a = await firstValueFrom(this.api.getMethodologicalAssociation({ id: this.id()! }, handlesErrors()));
    this.association.set(a);
  }
}

function toForm(a: MethodologicalAssociationDto) {
  return {
    name: a.name,
    description: a.description ?? null,
    leader: a.leaderStaffMemberId ? { id: a.leaderStaffMemberId, fullName: a.leaderName ?? '' } : null,
  };
}
