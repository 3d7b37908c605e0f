import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CreativeGroupDirection, DevelopmentEventDto, DevelopmentEventKind } from '../api/models';
import { CREATIVE_GROUP_DIRECTION } from '../api/models/creative-group-direction-array';
import { DEVELOPMENT_EVENT_KIND } from '../api/models/development-event-kind-array';
import { DevelopmentEventsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';
import { DATE_FIELD } from '../core/i18n/date-adapter';

/**
 * `/development-events/new`: a school event the caller organises, its participants, and whether it repeats monthly.
 * `/development-events/:id/edit`: the organiser corrects a planned event's details (participants are changed on the event page).
 */
@Component({
  selector: 'app-event-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,
    ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
    TPipe, EnumTextPipe, FieldError, FormBanner, PageHeader, StaffPicker,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/development-events">{{ 'Menu:DevelopmentEvents' | t }}</a>
      @if (editing(); as e) { / <a [routerLink]="['/development-events', e.id]">{{ e.title }}</a> }
    </nav>
    <app-page-header [title]="(id() ? 'UI:Events.EditTitle' : 'UI:Events.NewTitle') | t" [subtitle]="'UI:Events.FormHint' | t" />
    <section class="surface form-panel">
      <app-form-banner [messages]="errors()" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form-grid" data-testid="event-form">
        <mat-form-field>
          <mat-label>{{ 'UI:Events.Kind' | t }}</mat-label>
          <mat-select formControlName="kind" data-testid="event-kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ k | enumText: 'DevelopmentEventKind' }}</mat-option> }
          </mat-select>
        </mat-form-field>
        @if (kind() === 'CreativeGroupSession') {
          <mat-form-field>
            <mat-label>{{ 'UI:Events.Direction' | t }}</mat-label>
            <mat-select formControlName="direction" data-testid="event-direction">
              @for (d of directions; track d) { <mat-option [value]="d">{{ d | enumText: 'CreativeGroupDirection' }}</mat-option> }
            </mat-select>
            <mat-error><app-field-error [control]="form.controls.direction" /></mat-error>
          </mat-form-field>
        }
        <mat-form-field class="span-2">
          <mat-label>{{ 'UI:Events.Title' | t }}</mat-label>
          <input matInput formControlName="title" data-testid="event-title" />
          <mat-error><app-field-error [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Events.StartsOn' | t }}</mat-label>
          <input matInput [matDatepicker]="dp1" formControlName="startsOn" data-testid="event-date" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
          <mat-error><app-field-error [control]="form.controls.startsOn" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Events.EndsOn' | t }}</mat-label>
          <input matInput [matDatepicker]="dp2" formControlName="endsOn" data-testid="event-ends" /><mat-datepicker-toggle matIconSuffix [for]="dp2" /><mat-datepicker #dp2 />
          <mat-hint>{{ 'UI:Events.EndsOnHint' | t }}</mat-hint>
          <mat-error><app-field-error [control]="form.controls.endsOn" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Events.DurationMinutes' | t }}</mat-label>
          <input matInput type="number" min="10" max="2400" formControlName="durationMinutes" data-testid="event-duration" />
          <mat-hint>{{ 'UI:Events.DurationHint' | t }}</mat-hint>
          <mat-error><app-field-error [control]="form.controls.durationMinutes" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'UI:Events.Place' | t }}</mat-label>
          <input matInput formControlName="place" data-testid="event-place" />
        </mat-form-field>
        <mat-form-field class="span-2">
          <mat-label>{{ 'UI:Events.Description' | t }}</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
        </mat-form-field>
        @if (!id()) {
          <div class="span-2">
            <mat-checkbox formControlName="monthly" data-testid="event-monthly">{{ 'UI:Events.RepeatMonthly' | t }}</mat-checkbox>
            @if (form.controls.monthly.value) {
              <mat-form-field>
                <mat-label>{{ 'UI:Events.RepeatUntil' | t }}</mat-label>
                <input matInput [matDatepicker]="dp3" formControlName="repeatMonthlyUntil" data-testid="event-repeat-until" /><mat-datepicker-toggle matIconSuffix [for]="dp3" /><mat-datepicker #dp3 />
                <mat-hint>{{ 'UI:Events.RepeatHint' | t }}</mat-hint>
                <mat-error><app-field-error [control]="form.controls.repeatMonthlyUntil" /></mat-error>
              </mat-form-field>
            }
          </div>
          <div class="span-2">
            <app-staff-picker label="UI:Events.AddParticipant" testId="event-participant-picker" [excluded]="participants().map((p) => p.id)" (picked)="add($event)" />
            <ul class="chips" data-testid="event-participants">
              @for (p of participants(); track p.id) {
                <li class="chip">{{ p.fullName }}<button mat-icon-button type="button" (click)="remove(p.id)" [attr.aria-label]="'UI:Remove' | t"><mat-icon>close</mat-icon></button></li>
              }
            </ul>
          </div>
        }
        <div class="form-actions span-2">
          <a mat-button [routerLink]="id() ? ['/development-events', id()] : ['/development-events']">{{ 'UI:Cancel' | t }}</a>
          <button mat-flat-button type="submit" [disabled]="busy() || (!!id() && !editing())" data-testid="event-save">
            <mat-icon aria-hidden="true">event_available</mat-icon>{{ (id() ? 'UI:Save' : 'UI:Events.Create') | t }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 4px 0 0; }
    .chips .chip { display: inline-flex; align-items: center; gap: 2px; }
  `,
})
export class EventForm {
  /** The event being edited (route `:id/edit`); absent for a new one. */
  readonly id = input<string>();
  protected readonly editing = signal<DevelopmentEventDto | null>(null);
  private readonly api = inject(DevelopmentEventsService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly kinds = DEVELOPMENT_EVENT_KIND;
  protected readonly directions = CREATIVE_GROUP_DIRECTION;
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly participants = signal<StaffRef[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['OpenLesson' as DevelopmentEventKind, Validators.required],
    direction: ['' as CreativeGroupDirection | ''],
    title: ['', [Validators.required, Validators.maxLength(300)]],
    startsOn: ['', Validators.required],
    endsOn: [''],
    durationMinutes: [60, [Validators.required, Validators.min(10), Validators.max(2400)]],
    place: ['', Validators.maxLength(300)],
    description: ['', Validators.maxLength(5000)],
    monthly: [false],
    repeatMonthlyUntil: [''],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly isDecade = computed(() => this.kind() === 'IntegratedLessonsDecade');

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    firstValueFrom(this.api.getDevelopmentEvent({ id }, handlesErrors()))
      .then((e) => {
        this.editing.set(e);
        this.form.patchValue({
          kind: e.kind, direction: e.direction ?? '', title: e.title, startsOn: e.startsOn, endsOn: e.endsOn === e.startsOn ? '' : e.endsOn,
          durationMinutes: Number(e.durationMinutes), place: e.place ?? '', description: e.description ?? '',
        });
      })
      .catch((e) => this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]));
  }

  protected add(p: StaffRef): void {
    if (!this.participants().some((x) => x.id === p.id)) this.participants.update((l) => [...l, p]);
  }

  protected remove(id: string): void {
    this.participants.update((l) => l.filter((p) => p.id !== id));
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.errors.set([]);
    try {
      const editing = this.editing();
      if (editing) {
        await firstValueFrom(this.api.updateDevelopmentEvent({
          id: editing.id,
          body: {
            concurrencyStamp: editing.concurrencyStamp, kind: v.kind, direction: v.kind === 'CreativeGroupSession' && v.direction ? v.direction : null,
            title: v.title.trim(), description: v.description.trim() || null, startsOn: v.startsOn, endsOn: v.endsOn || null,
            durationMinutes: Number(v.durationMinutes), place: v.place.trim() || null,
          },
        }, handlesErrors()));
        this.notify.success(this.l.t('UI:Events.Updated'));
        void this.router.navigate(['/development-events', editing.id]);
        return;
      }
      const saved = await firstValueFrom(this.api.createDevelopmentEvent({
        body: {
          kind: v.kind, direction: v.kind === 'CreativeGroupSession' && v.direction ? v.direction : null, title: v.title.trim(), description: v.description.trim() || null,
          startsOn: v.startsOn, endsOn: v.endsOn || null, durationMinutes: Number(v.durationMinutes), place: v.place.trim() || null,
          participantStaffMemberIds: this.participants().map((p) => p.id), repeatMonthlyUntil: v.monthly && v.repeatMonthlyUntil ? v.repeatMonthlyUntil : null,
        },
      }, handlesErrors()));
      this.notify.success(this.l.t('UI:Events.Created'));
      void this.router.navigate(['/development-events', saved.id]);
    } catch (e) {
      const problem = toProblem(e);
      const unmatched = applyProblemToForm(this.form, problem);
      this.errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...unmatched])]);
    } finally {
      this.busy.set(false);
    }
  }
}
