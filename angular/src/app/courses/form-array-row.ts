import { ChangeDetectionStrategy, Component, ViewEncapsulation, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/**
 * One row of a form array (a programme's module, a scheme's component or grade band, a calendar day): an optional number,
 * the row's fields (projected; `grow` for a wide one, `narrow` for a number) and a remove button, wrapping at 360 px.
 * Put `formGroupName` on the element itself. Not encapsulated so that the projected fields take the classes.
 */
@Component({
  selector: 'app-form-array-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [MatButtonModule, MatIconModule],
  template: `
    @if (number(); as n) { <span class="form-array-row-number">{{ n }}</span> }
    <ng-content />
    @if (removable()) {
      <button mat-icon-button type="button" (click)="remove.emit()" [attr.aria-label]="removeLabel()" [attr.data-testid]="removeTestId()">
        <mat-icon>delete</mat-icon>
      </button>
    }
  `,
  styles: `
    app-form-array-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    app-form-array-row > .form-array-row-number { width: 24px; text-align: right; }
    app-form-array-row > .grow { flex: 3 1 180px; min-width: 0; }
    app-form-array-row > .narrow { flex: 1 1 90px; min-width: 0; }
  `,
})
export class FormArrayRow {
  /** The row's number as shown (1-based), or none. */
  readonly number = input<number>();
  /** The remove button's accessible name (already translated). */
  readonly removeLabel = input.required<string>();
  readonly removeTestId = input<string>();
  /** Without the remove button (a reader's view). */
  readonly removable = input(true);
  readonly remove = output<void>();
}
