import { Injectable, inject, signal } from '@angular/core';

import { ProfessionalStandardDto, SchoolReferenceSettingsDto } from '../api/models';
import { GrowthCyclesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';

/**
 * The school's names for the five self-assessment levels (the scale is the product's own; the school may rename the levels)
 * and the professional standard's competence groups and values, loaded once per page visit and shared by every place that
 * shows the scale. Until loaded, or if loading fails, {@link label} is null and callers show the default text.
 */
@Injectable({ providedIn: 'root' })
export class SchoolScale {
  private readonly api = inject(GrowthCyclesService);
  readonly settings = signal<SchoolReferenceSettingsDto | null>(null);
  readonly standard = signal<ProfessionalStandardDto | null>(null);
  private loaded = false;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.api.getSchoolReferenceSettings(undefined, handlesErrors()).subscribe({ next: (s) => this.settings.set(s), error: () => (this.loaded = false) });
    this.api.getProfessionalStandard(undefined, handlesErrors()).subscribe({ next: (s) => this.standard.set(s), error: () => (this.loaded = false) });
  }

  /** Reload after the settings page saved new names. */
  set(settings: SchoolReferenceSettingsDto): void {
    this.settings.set(settings);
  }

  /** The school's name of a level (1–5) in the reader's language, or null while unknown. */
  label(value: number | string | null | undefined): string | null {
    const labels = this.settings()?.scaleLabels;
    const level = value == null || value === '' ? NaN : Number(value);
    return labels && level >= 1 && level <= labels.length ? labels[level - 1] : null;
  }
}
