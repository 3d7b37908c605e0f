import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { MatIconModule } from '@angular/material/icon';

import { TPipe } from '../core/i18n/t.pipe';

/** The server's rules (docs/api-contract.md): at least 10 characters, not a common password; the server checks again. */
export const PASSWORD_MIN_LENGTH = 10;

/** The group validator for "new password" and "repeat it". */
export function passwordsMatch(newName = 'newPassword', repeatName = 'repeatPassword'): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const repeat = group.get(repeatName);
    const a = group.get(newName)?.value as string;
    const b = repeat?.value as string;
    if (!repeat) return null;
    const mismatch = !!b && a !== b;
    const errors = { ...(repeat.errors ?? {}) };
    if (mismatch) errors['mismatch'] = true;
    else delete errors['mismatch'];
    repeat.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
    return mismatch ? { mismatch: true } : null;
  };
}

/** The password rules as a checklist that ticks while the person types. */
@Component({
  selector: 'app-password-rules',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TPipe],
  template: `
    <ul class="password-rules" data-testid="password-rules" [attr.aria-label]="'UI:Password.RulesTitle' | t">
      <li [class.ok]="longEnough()">
        <mat-icon aria-hidden="true">{{ longEnough() ? 'check_circle' : 'radio_button_unchecked' }}</mat-icon>
        {{ 'UI:Password.RuleLength' | t: min }}
      </li>
      <li>
        <mat-icon aria-hidden="true">info</mat-icon>
        {{ 'UI:Password.RuleCommon' | t }}
      </li>
    </ul>
  `,
  styles: `
    .password-rules { list-style: none; margin: 0 0 16px; padding: 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .password-rules li { display: flex; gap: 6px; align-items: center; margin: 2px 0; }
    .password-rules mat-icon { font-size: 18px; width: 18px; height: 18px; }
    .password-rules li.ok { color: var(--mat-sys-primary); }
  `,
})
export class PasswordRules {
  readonly value = input<string>('');
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly longEnough = computed(() => (this.value() ?? '').length >= PASSWORD_MIN_LENGTH);
}
