import { Pipe, PipeTransform, inject } from '@angular/core';

import { firstValueFrom } from 'rxjs';

import { RouteSheetDto, RouteSheetMark, RouteSheetPeriodKind } from '../api/models';
import { RouteSheetsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { currentAcademicYear } from '../shared/academic-year';

/** The three marks of a route sheet, in the order shown. */
export const MARKS: RouteSheetMark[] = ['Achieved', 'Partial', 'NotAchieved'];

/** The sign printed in the paper form: + achieved, ± partially, − not achieved. */
export function markSign(mark: RouteSheetMark | undefined): string {
  switch (mark) {
    case 'Achieved':
      return '+';
    case 'Partial':
      return '±';
    case 'NotAchieved':
      return '−';
    default:
      return '';
  }
}

/** The period of the academic year a date falls in (quarters: Sep–Oct, Nov–Dec, Jan–Mar, Apr–Aug; half-years: Sep–Dec, Jan–Aug). */
export function currentPeriod(kind: RouteSheetPeriodKind, year: number, now = new Date()): number {
  if (currentAcademicYear(now) !== year) return 1;
  const m = now.getMonth() + 1;
  if (kind === 'HalfYears') return m >= 9 ? 1 : 2;
  if (m === 9 || m === 10) return 1;
  if (m === 11 || m === 12) return 2;
  if (m <= 3) return 3;
  return 4;
}

/** Row texts: Kazakh for the Kazakh interface, Russian otherwise. */
@Pipe({ name: 'kkRu', pure: false })
export class KkRuPipe implements PipeTransform {
  private readonly l = inject(LocalizationService);

  transform(kk: string | null | undefined, ru: string | null | undefined): string {
    return (this.l.culture() === 'kk' ? kk || ru : ru || kk) ?? '';
  }
}

export function isKazakh(l: LocalizationService): boolean {
  return l.culture() === 'kk';
}

/**
 * The caller's own route sheet for a year, or null. The list's `mine` filter also returns the sheets the caller
 * reviews, so the candidates are opened until one lets the caller self-assess (only the sheet's teacher can).
 */
export async function findMySheet(api: RouteSheetsService, year: number): Promise<RouteSheetDto | null> {
  const list = await firstValueFrom(api.getRouteSheetList({ mine: true, academicYear: year, skipCount: 0, maxResultCount: 50 }, handlesErrors()));
  for (const item of list.items ?? []) {
    const sheet = await firstValueFrom(api.getRouteSheet({ id: item.id }, handlesErrors()));
    if (sheet.abilities.canSelfAssess) return sheet;
  }
  return null;
}

/** How many periods have at least one mark of the teacher / of the reviewer. */
export function markedPeriods(sheet: RouteSheetDto, side: 'self' | 'reviewer'): number[] {
  const periods = new Set<number>();
  for (const row of sheet.rows) {
    for (const a of row.assessments ?? []) {
      const mark = side === 'self' ? a.selfMark : a.reviewerMark;
      if (mark) periods.add(Number(a.period));
    }
  }
  return [...periods].sort((a, b) => a - b);
}
