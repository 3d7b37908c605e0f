import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { AbstractControl } from '@angular/forms';

import { LocalizationService } from '../core/i18n/localization.service';

/**
 * The message for a control's first error, for use inside `<mat-error>`. Server messages (ProblemDetails
 * `errors`, put there by `applyProblemToForm`) come first: they are already localized.
 * Default change detection on purpose: control errors are not signals.
 */
@Component({
  selector: 'app-field-error',
  changeDetection: ChangeDetectionStrategy.Eager,
  template: `{{ message() }}`,
})
export class FieldError {
  readonly control = input.required<AbstractControl | null>();
  private readonly l = inject(LocalizationService);

  message(): string {
    const errors = this.control()?.errors;
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    // A day typed in a form the field cannot read leaves the value empty: say how to write it, not that it is required.
    if (errors['matDatepickerParse'] || errors['date']) return this.l.t('UI:Validation.Date');
    if (errors['required']) return this.l.t('Validation:Required');
    if (errors['email']) return this.l.t('Validation:Email');
    if (errors['maxlength']) return this.l.t('Validation:MaxLength', errors['maxlength'].requiredLength);
    if (errors['minlength']) return this.l.t('UI:Validation.MinLength', errors['minlength'].requiredLength);
    if (errors['min']) return this.l.t('UI:Validation.Min', errors['min'].min);
    if (errors['max']) return this.l.t('UI:Validation.Max', errors['max'].max);
    if (errors['pattern']) return this.l.t('Validation:Pattern');
    if (errors['bin']) return this.l.t('UI:Validation.Bin');
    return this.l.t('Validation:Invalid');
  }
}
