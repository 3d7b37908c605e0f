import { ParamMap } from '@angular/router';

import { problemMessage, toProblem } from '../core/http/problem';

/** The error text of a failed call in the reader's language (the API localizes ProblemDetails by its code). */
export function errorText(e: unknown, t: (key: string) => string): string {
  return problemMessage(toProblem(e), t);
}

/** Today as "yyyy-mm-dd" in local time. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The share of required hours done, 0–100. */
export function hoursPercent(done: number, required: number | null | undefined): number {
  if (!required) return 100;
  return Math.min(100, Math.round((done / required) * 100));
}

/** Next calendar year, this one and the four before (the ledger's year filter: the year a course ended). */
export function recentCalendarYears(now = new Date()): number[] {
  const year = now.getFullYear();
  return Array.from({ length: 6 }, (_, i) => year + 1 - i);
}

/** A calendar year from the URL, else ''. */
export function calendarYearParam(params: ParamMap, name = 'year'): number | '' {
  const year = Number(params.get(name));
  return year >= 2000 && year <= 2100 ? year : '';
}

/** A catalogue text in the reader's language (kk, ru or en), falling back to another when empty. */
export function localized(t: { kk?: string | null; ru?: string | null; en?: string | null } | null | undefined, culture: string): string {
  if (!t) return '';
  const pick = culture === 'kk' ? t.kk : culture === 'ru' ? t.ru : t.en;
  return pick || t.kk || t.ru || t.en || '';
}
