import { MentoringPairDto, MentoringSettingsDto } from '../api/models';
import { problemMessage, toProblem } from '../core/http/problem';

/** The error text of a failed call in the reader's language (the API localizes ProblemDetails by its code). */
export function errorText(e: unknown, t: (key: string) => string): string {
  return problemMessage(toProblem(e), t);
}

/** The days allowed between two meetings of a pair by the school's rhythm (e.g. 1 meeting in 7 days → 7). */
export function cadenceGapDays(s: MentoringSettingsDto | null): number {
  if (!s || !s.cadenceMeetings) return 7;
  return Math.max(1, Math.floor(Number(s.cadenceDays) / Number(s.cadenceMeetings)));
}

/** An active pair whose last held meeting (or its start, before any) is older than the school's rhythm allows. */
export function isBehindCadence(p: MentoringPairDto, s: MentoringSettingsDto | null, now = new Date()): boolean {
  if (!p.isActive) return false;
  const since = p.lastMeetingAt ? new Date(p.lastMeetingAt) : new Date(p.startsOn + 'T00:00:00');
  const days = (now.getTime() - since.getTime()) / 86_400_000;
  return days > cadenceGapDays(s);
}

/** Days since a moment, rounded down (0 for a future or missing one). */
export function daysSince(value: string | null | undefined, now = new Date()): number {
  if (!value) return 0;
  return Math.max(0, Math.floor((now.getTime() - new Date(value).getTime()) / 86_400_000));
}

/** A local date and time ("2026-12-05", "14:30") as the ISO moment the API stores. */
export function toIsoMoment(date: string, time: string): string {
  return new Date(`${date}T${time || '00:00'}:00`).toISOString();
}

/** An ISO moment as the local date ("yyyy-mm-dd") and time ("hh:mm") of the form fields. */
export function fromIsoMoment(value: string): { date: string; time: string } {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** Today as "yyyy-mm-dd" in local time. */
export function todayIso(now = new Date()): string {
  return fromIsoMoment(now.toISOString()).date;
}

/** Hours with one decimal from minutes. */
export function hoursText(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}
