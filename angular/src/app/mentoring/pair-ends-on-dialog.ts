import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';

import { MentoringPairDto } from '../api/models';
import { MentoringService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, clearServerErrors, problemMessage, toProblem } from '../core/http/problem';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { KDatePipe } from '../shared/date.pipe';

/**
 * Moving an active pair's planned end (a second year of support, an earlier end); empty: open-ended. The dialog saves itself,
 * so the server's answer about the date shows beside it; it closes with the pair as saved.
 */
@Component({
  selector: 'app-pair-ends-on-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD, ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TPipe, KDatePipe, FieldError,
    FormBanner,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Mentoring.EndsOnTitle' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>{{ 'UI:Mentoring.EndsOnText' | t: pair().mentorName : pair().menteeName : (pair().startsOn | kDate) }}</p>
        <app-form-banner [messages]="errors()" />
        @if (conflict()) {
          <div class="conflict" role="alert" data-testid="ends-on-conflict">
            <span>{{ 'UI:Mentoring.PairChangedMeanwhile' | t }}</span>
            <button mat-stroked-button type="button" (click)="reload()" data-testid="ends-on-reload">
              {{ 'UI:Mentoring.Reload' | t }}
            </button>
          </div>
        }
        <mat-form-field style="width: 100%">
          <mat-label>{{ 'UI:Mentoring.PlannedEnd' | t }}</mat-label>
          <input matInput [matDatepicker]="dp" [min]="pair().startsOn" formControlName="endsOn" data-testid="ends-on-date" />
          <mat-datepicker-toggle matIconSuffix [for]="dp" /><mat-datepicker #dp />
          <mat-hint>{{ 'UI:Mentoring.PlannedEndHint' | t }}</mat-hint>
          <mat-error>
            @if (form.controls.endsOn.hasError('matDatepickerMin')) {
              {{ 'UI:Mentoring.EndsOnBeforeStart' | t: (pair().startsOn | kDate) }}
            } @else {
              <app-field-error [control]="form.controls.endsOn" />
            }
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="ends-on-save">{{ 'UI:Save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.conflict { display: flex; flex-direction: column; align-items: flex-start; gap: 8px; margin-bottom: 16px; color: var(--mat-sys-error); }`,
})
export class PairEndsOnDialog {
  private readonly api = inject(MentoringService);
  private readonly l = inject(LocalizationService);
  private readonly ref = inject(MatDialogRef<PairEndsOnDialog, MentoringPairDto>);
  protected readonly pair = signal(inject<MentoringPairDto>(MAT_DIALOG_DATA));
  protected readonly form = inject(FormBuilder).nonNullable.group({ endsOn: this.pair().endsOn ?? '' });
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  /** Someone changed the pair since the list was read (409 on its stamp): reload it before saving again. */
  protected readonly conflict = signal(false);

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      const { id, concurrencyStamp } = this.pair();
      const body = { endsOn: this.form.getRawValue().endsOn || null, concurrencyStamp };
      this.ref.close(await firstValueFrom(this.api.updateMentoringPair({ id, body }, handlesErrors())));
    } catch (e) {
      const problem = toProblem(e);
      // A pair ended meanwhile is a rule (its sentence says so); any other 409 is a stale stamp.
      if (problem.status === 409 && problem.code !== 'Mentoring:PairEnded') this.conflict.set(true);
      else {
        // Messages about the date stand beside it (applied to the field); anything else above the form.
        const unmatched = applyProblemToForm(this.form, problem);
        const fieldProblem = problem.status === 400 && Object.keys(problem.errors).length > 0;
        this.errors.set(fieldProblem ? unmatched : [problemMessage(problem, (k) => this.l.t(k))]);
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** Takes the pair as it is now: its planned end in the field and its stamp for saving again. */
  protected async reload(): Promise<void> {
    try {
      const pair = await firstValueFrom(this.api.getMentoringPair({ id: this.pair().id }, handlesErrors()));
      this.pair.set(pair);
      this.form.reset({ endsOn: pair.endsOn ?? '' });
      this.conflict.set(false);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    }
  }
}
