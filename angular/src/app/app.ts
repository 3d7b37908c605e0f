import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterOutlet } from '@angular/router';

import { StartupState } from './core/config/startup-state';

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, MatButtonModule, MatIconModule],
  template: `
    @if (startup.failed()) {
      <!-- No texts from the server are available here, so the message is in all three languages. -->
      <main class="startup-error" role="alert">
        <mat-icon aria-hidden="true">cloud_off</mat-icon>
        <h1>Сервер қолжетімсіз · Сервер недоступен · Server unavailable</h1>
        <p>Кейінірек қайталап көріңіз. · Попробуйте ещё раз позже. · Please try again later.</p>
        <button mat-flat-button type="button" (click)="reload()">Қайталау · Повторить · Retry</button>
      </main>
    } @else {
      <router-outlet />
    }
  `,
  styles: `
    .startup-error { max-width: 560px; margin: 15vh auto; padding: 24px; text-align: center; }
    .startup-error mat-icon { font-size: 48px; width: 48px; height: 48px; color: var(--mat-sys-error); }
    .startup-error h1 { font: var(--mat-sys-title-large); }
  `,
})
export class App {
  protected readonly startup = inject(StartupState);

  protected reload(): void {
    location.reload();
  }
}
