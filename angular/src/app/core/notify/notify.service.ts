import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

import { LocalizationService } from '../i18n/localization.service';

/** Short messages at the bottom of the screen; errors stay until closed, are announced politely by screen readers. */
@Injectable({ providedIn: 'root' })
export class NotifyService {
  private readonly snackBar = inject(MatSnackBar);
  private readonly l = inject(LocalizationService);

  success(message: string): void {
    this.snackBar.open(message, this.l.t('UI:Close'), { duration: 4000, panelClass: 'kemel-snack-success' });
  }

  info(message: string): void {
    this.snackBar.open(message, this.l.t('UI:Close'), { duration: 5000 });
  }

  error(message: string): void {
    this.snackBar.open(message, this.l.t('UI:Close'), { duration: 10000, panelClass: 'kemel-snack-error', politeness: 'assertive' });
  }
}
