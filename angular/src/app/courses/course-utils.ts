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
