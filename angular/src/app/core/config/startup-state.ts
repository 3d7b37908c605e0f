import { Injectable, signal } from '@angular/core';

/** Set when the configuration could not be loaded at start (server down): the app shows a retry screen. */
@Injectable({ providedIn: 'root' })
export class StartupState {
  readonly failed = signal(false);
}
