import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { TPipe } from '../core/i18n/t.pipe';

/** An error about the whole form (or a problem no field could take), announced to screen readers. */
@Component({
  selector: 'app-form-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    @if (messages().length) {
      <div class="banner banner--error" role="alert" data-testid="form-error">
        <mat-icon aria-hidden="true">error_outline</mat-icon>
        <div>
          @for (m of messages(); track $index) {
            <p>{{ m }}</p>
          }
        </div>
      </div>
    }
  `,
})
export class FormBanner {
  readonly messages = input<string[]>([]);
}

/** "Your unsaved changes were restored" with a way to throw them away. */
@Component({
  selector: 'app-draft-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, MatButtonModule, TPipe],
  template: `
    @if (visible()) {
      <div class="banner banner--info" role="status" data-testid="draft-restored">
        <mat-icon aria-hidden="true">history</mat-icon>
        <p>{{ 'UI:Draft.Restored' | t }}</p>
        <button mat-button type="button" (click)="discard.emit()">{{ 'UI:Draft.Discard' | t }}</button>
      </div>
    }
  `,
})
export class DraftBanner {
  readonly visible = input(false);
  readonly discard = output<void>();
}
