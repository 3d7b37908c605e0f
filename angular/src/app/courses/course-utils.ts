import { FormArray, FormGroup } from '@angular/forms';
import { ParamMap } from '@angular/router';

import { Problem, problemMessage, toProblem } from '../core/http/problem';

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

/** The working calendar's years: last year, this one and the two ahead (a transfer decree comes for the next year), and the one asked for. */
export function calendarYears(year: number, now = new Date()): number[] {
  const current = now.getFullYear();
  return [...new Set([current - 1, current, current + 1, current + 2, year])].sort((a, b) => b - a);
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

/**
 * Puts the API's messages about a row of a form array (`days[2].nameKk`, `modules[0].title`) on that row's control, beside
 * the field (`applyProblemToForm` would take `title` for the form's own title). Returns the problem without them and how
 * many were placed; a key whose row or field the form lacks stays in the problem.
 */
export function placeRowErrors(problem: Problem, arrays: Record<string, FormArray<FormGroup>>): Problem & { placed: number } {
  const errors: Record<string, string[]> = {};
  let placed = 0;
  for (const [key, messages] of Object.entries(problem.errors)) {
    const m = /^\$?\.?(\w+)\[(\d+)\]\.(\w+)$/.exec(key);
    const array = m ? Object.entries(arrays).find(([name]) => name.toLowerCase() === m[1].toLowerCase())?.[1] : undefined;
    const row = array && Number(m![2]) < array.length ? array.at(Number(m![2])) : undefined;
    const field = row ? Object.entries(row.controls).find(([name]) => name.toLowerCase() === m![3].toLowerCase())?.[1] : undefined;
    if (field) {
      field.setErrors({ ...(field.errors ?? {}), server: messages.join(' ') });
      field.markAsTouched();
      placed++;
    } else {
      errors[key] = messages;
    }
  }
  return { ...problem, errors, placed };
}
