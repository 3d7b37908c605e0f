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

/** The school's time zone until its settings say otherwise (Kazakhstan keeps UTC+5 since 2024). */
export const DEFAULT_SCHOOL_ZONE = 'Asia/Almaty';

/**
 * A date and time typed in the school's time zone ("2026-12-05", "14:30") as the API takes it: the wall-clock time without an
 * offset, which the API reads in the school's zone and stores as UTC.
 */
export function toIsoMoment(date: string, time: string): string {
  return `${date}T${time || '00:00'}:00`;
}

/** The parts of a moment in a time zone (an unknown zone falls back to UTC+5). */
function partsIn(value: string | Date, zone: string): Record<string, string> {
  const d = typeof value === 'string' ? new Date(value) : value;
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  } catch {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: '+05:00', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  return Object.fromEntries(f.formatToParts(d).map((p) => [p.type, p.value]));
}

/** A moment (ISO, UTC) as the date ("yyyy-mm-dd") and time ("hh:mm") of the form fields, in the school's time zone. */
export function fromIsoMoment(value: string, zone = DEFAULT_SCHOOL_ZONE): { date: string; time: string } {
  const p = partsIn(value, zone);
  return { date: `${p['year']}-${p['month']}-${p['day']}`, time: `${p['hour']}:${p['minute']}` };
}

/** A moment as "dd.mm.yyyy hh:mm" in the school's time zone. */
export function formatInZone(value: string | null | undefined, zone = DEFAULT_SCHOOL_ZONE): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = partsIn(d, zone);
  return `${p['day']}.${p['month']}.${p['year']} ${p['hour']}:${p['minute']}`;
}

/** Today as "yyyy-mm-dd" in the school's time zone. */
export function todayIso(now = new Date(), zone = DEFAULT_SCHOOL_ZONE): string {
  return fromIsoMoment(now.toISOString(), zone).date;
}

/** The day after a "yyyy-mm-dd" day (a period "to" a day includes it: the API takes meetings starting before its end). */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A "yyyy-mm-dd" day from the URL, or '' for anything else. */
export function isoDayParam(value: string | null): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

/** Hours with one decimal from minutes. */
export function hoursText(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}
