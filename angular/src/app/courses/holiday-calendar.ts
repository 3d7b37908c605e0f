import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CalendarDayKind, PublicHolidayDto } from '../api/models';
import { CALENDAR_DAY_KIND } from '../api/models/calendar-day-kind-array';
import { CourseCatalogueService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { clearServerErrors, toProblem } from '../core/http/problem';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { calendarYearParam, calendarYears, errorText, placeRowErrors } from './course-utils';
import { FormArrayRow } from './form-array-row';

type DayGroup = FormGroup<{
  date: FormControl<string>;
  kind: FormControl<CalendarDayKind>;
  nameKk: FormControl<string>;
  nameRu: FormControl<string>;
  nameEn: FormControl<string>;
}>;

const maxName = 200;

/**
 * `/host/public-holidays`: the Kazakh working calendar the programme lifecycle counts its working days on, a year at a time:
 * public holidays, days off moved by a transfer decree and the Saturdays made working. The platform operator
 * (CourseCatalogue.Manage) adds, changes and removes a year's days and saves the year, which replaces it whole; a reader of
 * the catalogue sees it.
 */
@Component({
  selector: 'app-holiday-calendar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormArrayRow, FormBanner, PageHeader,
  ],
  template: `
    <app-page-header [title]="'Menu:WorkingCalendar' | t" [subtitle]="'UI:Courses.CalendarHint' | t" />
    <section class="surface pad" [attr.aria-label]="'Menu:WorkingCalendar' | t">
      <div class="toolbar">
        <mat-form-field class="year">
          <mat-label>{{ 'UI:Courses.CalendarYear' | t }}</mat-label>
          <mat-select [formControl]="yearControl" data-testid="calendar-year">
            @for (y of years(); track y) { <mat-option [value]="y">{{ y }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <span class="cell-secondary" data-testid="calendar-count">{{ 'UI:Courses.CalendarCount' | t: days.length }}</span>
      </div>
      @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <app-form-banner [messages]="errors()" />
      <form [formGroup]="form" (ngSubmit)="save()" data-testid="calendar-form">
        <div formArrayName="days">
          @for (g of days.controls; track g; let i = $index) {
            <app-form-array-row [formGroupName]="i" [number]="i + 1" [removable]="canManage()" [removeLabel]="'UI:Courses.RemoveDay' | t"
                                removeTestId="calendar-day-remove" (remove)="removeDay(i)" data-testid="calendar-day">
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.Day' | t }}</mat-label>
                <input matInput [matDatepicker]="dp" formControlName="date" data-testid="calendar-day-date" />
                <mat-datepicker-toggle matIconSuffix [for]="dp" /><mat-datepicker #dp [startAt]="startAt()" />
                <mat-error data-testid="calendar-day-date-error">
                  @if (g.controls.date.hasError('outsideYear') && !g.controls.date.hasError('server')) { {{ 'UI:Courses.DayOutsideYear' | t: year() }} }
                  @else if (g.controls.date.hasError('repeated') && !g.controls.date.hasError('server')) { {{ 'UI:Courses.DayRepeated' | t }} }
                  @else { <app-field-error [control]="g.controls.date" /> }
                </mat-error>
              </mat-form-field>
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.DayKind' | t }}</mat-label>
                <mat-select formControlName="kind" data-testid="calendar-day-kind">
                  @for (k of kinds; track k) { <mat-option [value]="k">{{ k | enumText: 'CalendarDayKind' }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.DayNameKk' | t }}</mat-label>
                <input matInput formControlName="nameKk" data-testid="calendar-day-kk" />
                <mat-error><app-field-error [control]="g.controls.nameKk" /></mat-error>
              </mat-form-field>
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.DayNameRu' | t }}</mat-label>
                <input matInput formControlName="nameRu" data-testid="calendar-day-ru" />
                <mat-error><app-field-error [control]="g.controls.nameRu" /></mat-error>
              </mat-form-field>
              <mat-form-field class="grow">
                <mat-label>{{ 'UI:Courses.DayNameEn' | t }}</mat-label>
                <input matInput formControlName="nameEn" data-testid="calendar-day-en" />
                <mat-error><app-field-error [control]="g.controls.nameEn" /></mat-error>
              </mat-form-field>
            </app-form-array-row>
          } @empty {
            @if (!loading()) { <p class="table-empty" data-testid="calendar-empty">{{ 'UI:Courses.CalendarEmpty' | t: year() }}</p> }
          }
        </div>
        @if (canManage()) {
          <div class="actions">
            <button mat-stroked-button type="button" (click)="addDay()" [disabled]="loading()" data-testid="calendar-day-add">
              <mat-icon aria-hidden="true">add</mat-icon>{{ 'UI:Courses.AddDay' | t }}
            </button>
            <span class="spacer"></span>
            <button mat-button type="button" (click)="load()" [disabled]="busy() || !dirty()" data-testid="calendar-reset">{{ 'UI:Courses.CalendarReset' | t }}</button>
            <button mat-flat-button type="submit" [disabled]="busy() || loading()" data-testid="calendar-save">{{ 'UI:Courses.CalendarSave' | t: year() }}</button>
          </div>
        }
      </form>
    </section>
  `,
  styles: `
    .pad { padding: 16px; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
    .year { width: 140px; }
    app-form-array-row { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 8px 0 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 12px; }
    .spacer { flex: 1 1 auto; }
  `,
})
export class HolidayCalendar {
  private readonly api = inject(CourseCatalogueService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  private readonly l = inject(LocalizationService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly kinds = CALENDAR_DAY_KIND;
  private readonly config = inject(AppConfigService);
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.CourseCatalogueManage));
  protected readonly yearControl = new FormControl<number>(calendarYearParam(this.route.snapshot.queryParamMap) || new Date().getFullYear(), { nonNullable: true });
  protected readonly year = toSignal(this.yearControl.valueChanges, { initialValue: this.yearControl.value });
  protected readonly years = computed(() => calendarYears(this.year()));
  protected readonly startAt = computed(() => `${this.year()}-01-01`);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly dirty = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly form = this.fb.group({ days: this.fb.array<DayGroup>([]) });

  get days(): FormArray<DayGroup> {
    return this.form.controls.days;
  }

  constructor() {
    if (!this.canManage()) this.form.disable();
    this.yearControl.valueChanges.subscribe((year) => {
      void this.router.navigate([], { relativeTo: this.route, queryParams: { year }, replaceUrl: true });
      void this.load();
    });
    // A day's year and whether it is listed twice depend on the other rows: check every date again on any change.
    this.days.valueChanges.subscribe(() => {
      this.dirty.set(this.form.dirty);
      for (const g of this.days.controls) g.controls.date.updateValueAndValidity({ emitEvent: false });
    });
    void this.load();
  }

  protected async load(): Promise<void> {
    const year = this.year();
    this.loading.set(true);
    this.errors.set([]);
    try {
      const days = await firstValueFrom(this.api.getPublicHolidays({ year }, handlesErrors()));
      if (year !== this.year()) return;
      this.fill(days);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  private fill(days: PublicHolidayDto[]): void {
    this.days.clear({ emitEvent: false });
    for (const d of days) this.days.push(this.day(d), { emitEvent: false });
    if (!this.canManage()) this.form.disable({ emitEvent: false });
    this.form.markAsPristine();
    this.dirty.set(false);
  }

  private day(d?: PublicHolidayDto): DayGroup {
    const name = [Validators.required, Validators.maxLength(maxName)];
    return this.fb.group({
      date: this.fb.control(d?.date ?? '', [Validators.required, (c: AbstractControl<string>) => this.checkDate(c)]),
      kind: this.fb.control<CalendarDayKind>(d?.kind ?? 'Holiday'),
      nameKk: this.fb.control(d?.nameKk ?? '', name),
      nameRu: this.fb.control(d?.nameRu ?? '', name),
      nameEn: this.fb.control(d?.nameEn ?? '', name),
    });
  }

  /** The server's two rules, told beside the field before it is asked: a day of the chosen year, listed once. */
  private checkDate(c: AbstractControl<string>): ValidationErrors | null {
    if (!c.value) return null;
    if (Number(c.value.slice(0, 4)) !== this.year()) return { outsideYear: true };
    const same = this.days.controls.filter((g) => g.controls.date.value === c.value).length;
    return same > 1 ? { repeated: true } : null;
  }

  protected addDay(): void {
    this.days.push(this.day());
    this.form.markAsDirty();
    this.dirty.set(true);
  }

  protected removeDay(i: number): void {
    this.days.removeAt(i);
    this.form.markAsDirty();
    this.dirty.set(true);
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const year = this.year();
    const days = this.days.getRawValue();
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Courses.CalendarReplaceTitle', year),
      message: this.l.t('UI:Courses.CalendarReplaceMessage', year, days.length),
      confirm: this.l.t('UI:Courses.CalendarReplaceConfirm'),
      danger: days.length === 0,
    });
    if (!ok) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const body = { days: days.map((d) => ({ ...d, nameKk: d.nameKk.trim(), nameRu: d.nameRu.trim(), nameEn: d.nameEn.trim() })) };
      this.fill(await firstValueFrom(this.api.updatePublicHolidays({ year, body }, handlesErrors())));
      this.notify.success(this.l.t('UI:Courses.CalendarSaved', year));
    } catch (e) {
      this.showProblem(e);
    } finally {
      this.busy.set(false);
    }
  }

  /** A row's field message beside it (`days[2].nameKk`); the year and repetition rules on the dates they are about; the rest above. */
  private showProblem(e: unknown): void {
    const problem = placeRowErrors(toProblem(e), { days: this.days });
    const message = problem.detail ?? problem.title ?? '';
    const about = (g: DayGroup) =>
      problem.code === 'Courses:HolidayOutsideYear' ? Number(g.controls.date.value.slice(0, 4)) !== this.year()
        : problem.code === 'Courses:HolidayRepeated' ? this.days.controls.filter((o) => o.controls.date.value === g.controls.date.value).length > 1
          : false;
    const dated = this.days.controls.filter(about);
    for (const g of dated) {
      g.controls.date.setErrors({ server: message });
      g.controls.date.markAsTouched();
    }
    const rest = Object.values(problem.errors).flat();
    this.errors.set(rest.length || problem.placed || dated.length ? rest : [errorText(e, (k) => this.l.t(k))]);
  }
}
