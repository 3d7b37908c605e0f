import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { MentoringPairDto } from '../api/models';
import { TPipe } from '../core/i18n/t.pipe';
import { FieldError } from '../shared/field-error';
import { todayIso } from './mentoring-utils';
import { DATE_FIELD } from '../core/i18n/date-adapter';

export interface EndPairResult {
  endedOn: string;
  reason: string;
}

/** Ending a pair: the date and the reason; the pair's history stays. */
@Component({
  selector: 'app-end-pair-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...DATE_FIELD,ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TPipe, FieldError],
  template: `
    <h2 mat-dialog-title>{{ 'UI:Mentoring.EndPairTitle' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="done()" novalidate>
      <mat-dialog-content>
        <p>{{ 'UI:Mentoring.EndPairText' | t: pair.mentorName : pair.menteeName }}</p>
        <mat-form-field style="width: 100%">
          <mat-label>{{ 'UI:Mentoring.EndedOn' | t }}</mat-label>
          <input matInput [matDatepicker]="dp1" formControlName="endedOn" data-testid="end-date" /><mat-datepicker-toggle matIconSuffix [for]="dp1" /><mat-datepicker #dp1 />
          <mat-error><app-field-error [control]="form.controls.endedOn" /></mat-error>
        </mat-form-field>
        <mat-form-field style="width: 100%">
          <mat-label>{{ 'UI:Mentoring.EndReason' | t }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="end-reason"></textarea>
          <mat-error><app-field-error [control]="form.controls.reason" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'UI:Cancel' | t }}</button>
        <button mat-flat-button type="submit" class="danger-button" data-testid="end-confirm">{{ 'UI:Mentoring.EndPair' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EndPairDialog {
  protected readonly pair = inject<MentoringPairDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<EndPairDialog, EndPairResult>);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    endedOn: [todayIso(), Validators.required],
    reason: ['', [Validators.required, Validators.maxLength(1000)]],
  });

  protected done(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.ref.close({ endedOn: v.endedOn, reason: v.reason.trim() });
  }
}
