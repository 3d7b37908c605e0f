import { InjectionToken, Provider, Type } from '@angular/core';

import { HomeKind } from '../core/layout/roles';

/**
 * A card on a role's home page. Later modules (individual plans, mentoring, ...) add theirs with
 * `provideHomeWidgets(...)`; the component is loaded lazily, only when the home page shows it.
 */
export interface HomeWidget {
  id: string;
  kinds: HomeKind[];
  permissions?: string[];
  order: number;
  /** Wide cards span two columns on large screens. */
  wide?: boolean;
  /** Full-width cards take the whole row ("my work", first on every home page). */
  full?: boolean;
  load: () => Promise<Type<unknown>>;
}

export const HOME_WIDGETS = new InjectionToken<HomeWidget[][]>('HOME_WIDGETS');

export function provideHomeWidgets(widgets: HomeWidget[]): Provider {
  return { provide: HOME_WIDGETS, useValue: widgets, multi: true };
}
