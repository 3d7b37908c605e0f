import { Pipe, PipeTransform, inject } from '@angular/core';

import { LocalizationService } from './localization.service';

/**
 * `{{ 'UI:SignIn' | t }}`, `{{ 'UI:Paging.Range' | t: from : to : total }}`.
 * Impure on purpose: it reads the texts signal, so a language switch re-renders every text at once.
 */
@Pipe({ name: 't', pure: false })
export class TPipe implements PipeTransform {
  private readonly l = inject(LocalizationService);

  transform(key: string | null | undefined, ...args: unknown[]): string {
    return this.l.t(key, ...args);
  }
}

/** `{{ member.category | enumText: 'QualificationCategory' }}` → text of `Enum:QualificationCategory.Expert`. */
@Pipe({ name: 'enumText', pure: false })
export class EnumTextPipe implements PipeTransform {
  private readonly l = inject(LocalizationService);

  transform(value: string | null | undefined, type: string): string {
    if (value === null || value === undefined || value === '') return '';
    return this.l.tOr(`Enum:${type}.${value}`, value);
  }
}
