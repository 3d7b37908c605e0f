import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import { TPipe } from '../core/i18n/t.pipe';
import { academicYearLabel, currentAcademicYear } from './academic-year';
import { FieldError } from './field-error';

/** Next year, this year and the two before: what the lists offer by default. */
export function recentAcademicYears(back = 2, ahead = 1, now = new Date()): number[] {
  const year = currentAcademicYear(now);
  return Array.from({ length: back + ahead + 1 }, (_, i) => year + ahead - i);
}

/**
 * An academic year chosen from a short list ("2026–2027"), bound to a form control: a list's filter (with "All" = '')
 * or a form's field (its errors shown beneath).
 */
@Component({
  selector: 'app-year-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TPipe, FieldError],
  template: `
    <mat-form-field [class]="fieldClass()">
      <mat-label>{{ label() || ('UI:AcademicYear' | t) }}</mat-label>
      <mat-select [formControl]="formControl()" [attr.data-testid]="testId()">
        @if (allowAll()) {
          <mat-option value="">{{ 'UI:All' | t }}</mat-option>
        }
        @for (y of years(); track y) {
          <mat-option [value]="y">{{ yearLabel(y) }}</mat-option>
        }
      </mat-select>
      <mat-error [attr.data-testid]="testId() + '-error'"><app-field-error [control]="control()" /></mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
  `,
})
export class YearSelect {
  readonly control = input.required<AbstractControl<number | ''> | AbstractControl<number> | AbstractControl<number | null>>();
  /** The field's label (already translated); "Academic year" when empty. */
  readonly label = input('');
  readonly years = input<number[]>(recentAcademicYears());
  /** Offers "All" (the value ''), for a list's filter. */
  readonly allowAll = input(false);
  readonly testId = input('filter-year');
  /** Classes for the form field (e.g. `span-2` in a form grid). */
  readonly fieldClass = input('');

  protected readonly yearLabel = academicYearLabel;

  protected formControl(): FormControl {
    return this.control() as FormControl;
  }
}
