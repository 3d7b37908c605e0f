import { Injectable, Pipe, PipeTransform, inject, signal } from '@angular/core';
import { catchError, firstValueFrom, of } from 'rxjs';

import { MentoringService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { DEFAULT_SCHOOL_ZONE, formatInZone } from './mentoring-utils';

/**
 * The school's time zone for meeting times (from the mentoring settings, read once): meetings are shown and typed in it,
 * whatever the zone of the reader's device; until the settings arrive, Asia/Almaty (UTC+5).
 */
@Injectable({ providedIn: 'root' })
export class SchoolZone {
  private readonly api = inject(MentoringService);
  private loading: Promise<string> | null = null;
  readonly zone = signal(DEFAULT_SCHOOL_ZONE);

  /** Loads the zone once; later calls reuse the answer. */
  ensure(): Promise<string> {
    this.loading ??= firstValueFrom(this.api.getMentoringSettings(undefined, handlesErrors()).pipe(catchError(() => of(null)))).then((s) => {
      const zone = s?.timeZone || DEFAULT_SCHOOL_ZONE;
      this.zone.set(zone);
      return zone;
    });
    return this.loading;
  }

  /** After the settings change. */
  set(zone: string): void {
    this.zone.set(zone || DEFAULT_SCHOOL_ZONE);
    this.loading = Promise.resolve(this.zone());
  }
}

/** A meeting moment as "dd.mm.yyyy hh:mm" in the school's time zone (reads the zone's signal, so it updates when it loads). */
@Pipe({ name: 'schoolTime', pure: false })
export class SchoolTimePipe implements PipeTransform {
  private readonly schoolZone = inject(SchoolZone);

  constructor() {
    void this.schoolZone.ensure();
  }

  transform(value: string | null | undefined): string {
    return formatInZone(value, this.schoolZone.zone());
  }
}
