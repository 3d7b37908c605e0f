import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { catchError, firstValueFrom, of } from 'rxjs';

import { CreateStaffMemberDto, MethodologicalAssociationListItemDto, QualificationCategory, StaffMemberDto } from '../api/models';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { MethodologicalAssociationsService, RolesService, StaffService } from '../api/services';
import { MatDialog } from '@angular/material/dialog';
import { GiveAccountDialog } from '../users/user-dialogs';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService, FormDraft } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { DraftBanner, FormBanner } from '../shared/form-banner';
import { emptyToNull } from '../shared/format';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { allPages } from '../shared/all-pages';

/** `/staff/new` and `/staff/:id`: create, view, edit, archive and restore a staff member. */
@Component({
  selector: 'app-staff-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatAutocompleteModule, MatButtonModule, MatCheckboxModule, MatChipsModule, MatFormFieldModule,
    MatIconModule, MatInputModule, MatProgressBarModule, MatProgressSpinnerModule, MatSelectModule, TPipe, EnumTextPipe, KDatePipe,
    FieldError, FormBanner, DraftBanner, NotFoundView, PageHeader,
  ],
  templateUrl: './staff-edit.html',
})
export class StaffEdit implements OnInit {
  /** Route parameter; undefined on `/staff/new`. */
  readonly id = input<string>();

  private readonly staffApi = inject(StaffService);
  private readonly associationsApi = inject(MethodologicalAssociationsService);
  private readonly config = inject(AppConfigService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  private readonly drafts = inject(DraftService);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly separatorKeys = [ENTER, COMMA];
  protected readonly categories = QUALIFICATION_CATEGORY;
  protected readonly isNew = computed(() => !this.id());
  protected readonly member = signal<StaffMemberDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly subjectSuggestions = signal<string[]>([]);
  protected readonly subjectInput = signal('');
  protected readonly associations = signal<MethodologicalAssociationListItemDto[]>([]);
  protected readonly canEdit = computed(() =>
    this.isNew() ? this.config.isGranted(Permissions.StaffCreate) : this.config.isGranted(Permissions.StaffUpdate) && !this.member()?.isArchived,
  );
  protected readonly canArchive = computed(() => !this.isNew() && this.config.isGranted(Permissions.StaffArchive));
  protected readonly canGiveAccount = computed(() => {
    const m = this.member();
    return !!m && !m.hasAccount && !m.isArchived && this.config.isGranted(Permissions.UsersManage);
  });
  protected readonly canSeeUsers = computed(() => this.config.isGranted(Permissions.Users));
  private readonly dialog = inject(MatDialog);
  private readonly rolesApi = inject(RolesService);
  protected readonly canSeeHistory = computed(() => !this.isNew() && this.config.isGranted(Permissions.AuditLogs));

  private readonly fb = inject(FormBuilder);
  protected readonly form = this.fb.group({
    fullName: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(256)]),
    position: this.fb.nonNullable.control('', [Validators.required, Validators.maxLength(128)]),
    subjects: this.fb.nonNullable.control<string[]>([]),
    hireDate: this.fb.control<string | null>(null, Validators.required),
    totalExperienceYears: this.fb.control<number | null>(0, [Validators.required, Validators.min(0), Validators.max(70)]),
    teachingExperienceYears: this.fb.control<number | null>(0, [Validators.required, Validators.min(0), Validators.max(70)]),
    category: this.fb.control<QualificationCategory | null>(null, Validators.required),
    categoryAssignedOn: this.fb.control<string | null>(null),
    isYoungSpecialist: this.fb.nonNullable.control(false),
    isAdministration: this.fb.nonNullable.control(false),
    methodologicalAssociationId: this.fb.control<string | null>(null),
    email: this.fb.control<string | null>(null, [Validators.email, Validators.maxLength(256)]),
    phone: this.fb.control<string | null>(null, Validators.maxLength(32)),
  });

  protected readonly filteredSubjects = computed(() => {
    const typed = this.subjectInput().trim().toLowerCase();
    return this.subjectSuggestions().filter((s) => !typed || s.toLowerCase().includes(typed));
  });

  private draft: FormDraft | null = null;

  constructor() {
    this.staffApi.getStaffSubjects(undefined, handlesErrors()).pipe(catchError(() => of([]))).subscribe((s) => this.subjectSuggestions.set(s));
    if (this.config.isGranted(Permissions.MethodologicalAssociations)) {
      allPages((skipCount, maxResultCount) =>
        firstValueFrom(this.associationsApi.getMethodologicalAssociationList({ skipCount, maxResultCount }, handlesErrors())),
      ).then((items) => this.associations.set(items), () => this.associations.set([]));
    }
  }

  /** Called by the router input binding once `id` is known (also when navigating between records). */
  ngOnInit(): void {
    this.draft = this.drafts.track(`staff:${this.id() ?? 'new'}`, this.form, { restoreNow: false }, this.destroyRef);
    if (this.isNew()) {
      this.draft.restore();
    } else {
      void this.load();
    }
  }

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
      const m = await firstValueFrom(this.staffApi.getStaffMember({ id: this.id()! }, handlesErrors()));
      this.member.set(m);
      this.form.reset(toForm(m), { emitEvent: false });
      this.draft?.restore();
      this.updateEditable();
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400) this.notFound.set(true);
      else this.formErrors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private updateEditable(): void {
    if (this.canEdit()) this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
  }

  protected addSubject(event: MatChipInputEvent): void {
    const value = (event.value ?? '').trim();
    if (value) this.pushSubject(value);
    event.chipInput.clear();
    this.subjectInput.set('');
  }

  protected selectSubject(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    this.pushSubject(String(event.option.value));
    input.value = '';
    this.subjectInput.set('');
  }

  protected removeSubject(subject: string): void {
    const c = this.form.controls.subjects;
    c.setValue(c.value.filter((s) => s !== subject));
    c.markAsDirty();
  }

  private pushSubject(subject: string): void {
    const c = this.form.controls.subjects;
    if (!c.value.some((s) => s.toLowerCase() === subject.toLowerCase())) {
      c.setValue([...c.value, subject]);
      c.markAsDirty();
    }
  }

  protected async save(): Promise<void> {
    if (this.saving() || !this.canEdit()) return;
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    const v = this.form.getRawValue();
    const body: CreateStaffMemberDto = {
      fullName: v.fullName.trim(),
      position: v.position.trim(),
      subjects: v.subjects,
      hireDate: v.hireDate!,
      totalExperienceYears: Number(v.totalExperienceYears ?? 0),
      teachingExperienceYears: Number(v.teachingExperienceYears ?? 0),
      category: v.category!,
      categoryAssignedOn: emptyToNull(v.categoryAssignedOn),
      isYoungSpecialist: v.isYoungSpecialist,
      isAdministration: v.isAdministration,
      methodologicalAssociationId: v.methodologicalAssociationId || null,
      email: emptyToNull(v.email),
      phone: emptyToNull(v.phone),
    };
    this.saving.set(true);
    try {
      const current = this.member();
      const saved = current
        ? await firstValueFrom(
            this.staffApi.updateStaffMember({ id: current.id, body: { ...body, concurrencyStamp: current.concurrencyStamp } }, handlesErrors()),
          )
        : await firstValueFrom(this.staffApi.createStaffMember({ body }, handlesErrors()));
      this.draft?.clear();
      this.notify.success(this.l.t(current ? 'UI:SavedChanges' : 'UI:Staff.Created', saved.fullName));
      if (current) {
        this.member.set(saved);
        this.form.reset(toForm(saved), { emitEvent: false });
      } else {
        await this.router.navigate(['/staff', saved.id], { replaceUrl: true });
      }
    } catch (e) {
      // The form keeps what was typed (and so does the draft); field messages go beside their fields.
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem, {
        'Staff:DuplicateEmail': 'email',
        'Staff:TeachingExceedsTotal': 'teachingExperienceYears',
        'Staff:CategoryDateRequired': 'categoryAssignedOn',
        'Staff:UnknownAssociation': 'methodologicalAssociationId',
      });
      const messages = [...unmatched];
      messages.unshift(problemMessage(problem, (k) => this.l.t(k)));
      this.formErrors.set([...new Set(messages)]);
      this.focusFirstInvalid();
    } finally {
      this.saving.set(false);
    }
  }

  protected async archive(): Promise<void> {
    const m = this.member();
    if (!m) return;
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Staff.ArchiveTitle'),
      message: this.l.t('UI:Staff.ArchiveMessage', m.fullName),
      confirm: this.l.t('UI:Staff.ArchiveAction'),
      danger: true,
    });
    if (!ok) return;
    await this.runAction(() => this.staffApi.archiveStaffMember({ id: m.id }, handlesErrors()), 'UI:Staff.ArchivedDone');
  }

  protected async giveAccount(): Promise<void> {
    const m = this.member();
    if (!m) return;
    const roles = await firstValueFrom(this.rolesApi.getRoleList(undefined, handlesErrors())).catch(() => []);
    const ref = this.dialog.open(GiveAccountDialog, {
      data: { staffMemberId: m.id, fullName: m.fullName, email: m.email ?? null, roles },
      width: '600px',
      maxWidth: '94vw',
    });
    const done = await firstValueFrom(ref.afterClosed());
    if (done) await this.load();
  }

  protected async restore(): Promise<void> {
    const m = this.member();
    if (!m) return;
    await this.runAction(() => this.staffApi.restoreStaffMember({ id: m.id }, handlesErrors()), 'UI:Staff.RestoredDone');
  }

  private async runAction(call: () => import('rxjs').Observable<unknown>, doneKey: string): Promise<void> {
    this.saving.set(true);
    try {
      await firstValueFrom(call(), { defaultValue: undefined });
      this.notify.success(this.l.t(doneKey, this.member()?.fullName));
      this.draft?.clear();
      await this.load();
    } catch (e) {
      this.formErrors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.saving.set(false);
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const el = document.querySelector<HTMLElement>(
        'app-staff-edit form .ng-invalid input, app-staff-edit form input.ng-invalid, app-staff-edit form mat-select.ng-invalid',
      );
      (el ?? document.querySelector<HTMLElement>('app-staff-edit [data-testid="form-error"]'))?.focus();
    });
  }
}

function toForm(m: StaffMemberDto) {
  return {
    fullName: m.fullName,
    position: m.position,
    subjects: [...(m.subjects ?? [])],
    hireDate: m.hireDate ?? null,
    totalExperienceYears: Number(m.totalExperienceYears),
    teachingExperienceYears: Number(m.teachingExperienceYears),
    category: m.category,
    categoryAssignedOn: m.categoryAssignedOn ?? null,
    isYoungSpecialist: m.isYoungSpecialist,
    isAdministration: m.isAdministration,
    methodologicalAssociationId: m.methodologicalAssociationId ?? null,
    email: m.email ?? null,
    phone: m.phone ?? null,
  };
}
