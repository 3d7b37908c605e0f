import { Directive, EnvironmentProviders, Injectable, Provider, effect, inject, makeEnvironmentProviders } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatInput } from '@angular/material/input';

import { Culture } from './culture';
import { LocalizationService } from './localization.service';

/**
 * Dates in forms are plain ISO days (`2026-09-01`), exactly what the API takes and returns: this adapter's date type is
 * that string, so a form control holds the same value as before the datepicker, and no time zone can move a day.
 * What the user sees and types follows the app's language, never the browser's: `01.09.2026` in kk, ru and en (the
 * notation the app prints everywhere, see shared/format.ts), month and weekday names in the app's language, the week
 * from Monday. Typing accepts `1.9.2026`, `01/09/2026`, `01-09-2026`, `01.09.26` and the ISO form.
 */
@Injectable()
export class IsoDateAdapter extends DateAdapter<string, Culture> {
  private readonly l = inject(LocalizationService);

  constructor() {
    super();
    this.locale = this.l.culture();
    effect(() => {
      const culture = this.l.culture();
      if (culture !== this.locale) this.setLocale(culture);
    });
  }

  getYear(date: string): number {
    return parts(date)[0];
  }

  getMonth(date: string): number {
    return parts(date)[1] - 1;
  }

  getDate(date: string): number {
    return parts(date)[2];
  }

  getDayOfWeek(date: string): number {
    return utc(date).getUTCDay();
  }

  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] {
    if (this.locale === 'kk') return KK_MONTHS[style].map(capitalize);
    const f = new Intl.DateTimeFormat(this.intlLocale(), { month: style, timeZone: 'UTC' });
    return range(12, (i) => capitalize(f.format(new Date(Date.UTC(2017, i, 1)))));
  }

  getDateNames(): string[] {
    return range(31, (i) => String(i + 1));
  }

  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] {
    if (this.locale === 'kk') return KK_WEEKDAYS[style];
    const f = new Intl.DateTimeFormat(this.intlLocale(), { weekday: style, timeZone: 'UTC' });
    // 2017-01-01 was a Sunday: index 0 is Sunday, as DateAdapter expects.
    return range(7, (i) => capitalize(f.format(new Date(Date.UTC(2017, 0, i + 1)))));
  }

  getYearName(date: string): string {
    return String(this.getYear(date));
  }

  getFirstDayOfWeek(): number {
    return 1;
  }

  getNumDaysInMonth(date: string): number {
    const [y, m] = parts(date);
    return daysInMonth(y, m);
  }

  clone(date: string): string {
    return date;
  }

  createDate(year: number, month: number, date: number): string {
    if (month < 0 || month > 11 || date < 1 || date > daysInMonth(year, month + 1)) {
      throw Error(`Invalid date ${year}-${month + 1}-${date}`);
    }
    return iso(year, month + 1, date);
  }

  today(): string {
    const now = new Date();
    return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  parse(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') return this.invalid();
    const text = value.trim();
    if (!text) return null;
    return parseDay(text) ?? this.invalid();
  }

  format(date: string, displayFormat: string): string {
    if (!this.isValid(date)) throw Error('IsoDateAdapter: cannot format an invalid date.');
    const [y, m, d] = parts(date);
    const options = DISPLAY[displayFormat];
    if (!options) return `${pad(d)}.${pad(m)}.${y}`;
    if (this.locale === 'kk') return kkFormat(displayFormat, y, m, d);
    return new Intl.DateTimeFormat(this.intlLocale(), { ...options, timeZone: 'UTC' }).format(utc(date));
  }

  addCalendarYears(date: string, years: number): string {
    return this.addCalendarMonths(date, years * 12);
  }

  addCalendarMonths(date: string, months: number): string {
    const [y, m, d] = parts(date);
    const index = y * 12 + (m - 1) + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    // 31 January + 1 month is the last day of February, as the native adapter does.
    return iso(year, month, Math.min(d, daysInMonth(year, month)));
  }

  addCalendarDays(date: string, days: number): string {
    const t = utc(date);
    t.setUTCDate(t.getUTCDate() + days);
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }

  toIso8601(date: string): string {
    return date;
  }

  /** Any string is a candidate; only a real ISO day is valid (isValid). */
  isDateInstance(obj: unknown): boolean {
    return typeof obj === 'string';
  }

  isValid(date: string): boolean {
    return typeof date === 'string' && parseIso(date) !== null;
  }

  invalid(): string {
    return INVALID;
  }

  /** The API's values: an ISO day, an ISO date-time (its day is kept as written), or nothing (null, empty string). */
  override deserialize(value: unknown): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'string') {
      const day = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(value);
      if (day && parseIso(day[1])) return day[1];
      return this.invalid();
    }
    return super.deserialize(value);
  }

  private intlLocale(): string {
    return this.locale ?? 'kk';
  }
}

/** Display formats given to the datepicker; the input itself always shows `dd.MM.yyyy` (format() with 'input'). */
export const ISO_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: 'input' },
  display: {
    dateInput: 'input',
    monthLabel: 'month',
    monthYearLabel: 'monthYear',
    dateA11yLabel: 'long',
    monthYearA11yLabel: 'monthYearLong',
  },
};

const DISPLAY: Record<string, Intl.DateTimeFormatOptions> = {
  month: { month: 'short' },
  monthYear: { year: 'numeric', month: 'short' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  monthYearLong: { year: 'numeric', month: 'long' },
};

/** The datepicker's button and calendar labels in the app's language. */
@Injectable()
export class LocalizedDatepickerIntl extends MatDatepickerIntl {
  private readonly l = inject(LocalizationService);

  constructor() {
    super();
    effect(() => {
      this.openCalendarLabel = this.l.t('UI:Date.OpenCalendar');
      this.closeCalendarLabel = this.l.t('UI:Date.CloseCalendar');
      this.calendarLabel = this.l.t('UI:Date.Calendar');
      this.prevMonthLabel = this.l.t('UI:Date.PreviousMonth');
      this.nextMonthLabel = this.l.t('UI:Date.NextMonth');
      this.prevYearLabel = this.l.t('UI:Date.PreviousYear');
      this.nextYearLabel = this.l.t('UI:Date.NextYear');
      this.prevMultiYearLabel = this.l.t('UI:Date.PreviousYears');
      this.nextMultiYearLabel = this.l.t('UI:Date.NextYears');
      this.switchToMonthViewLabel = this.l.t('UI:Date.ChooseDate');
      this.switchToMultiYearViewLabel = this.l.t('UI:Date.ChooseMonthAndYear');
      this.changes.next();
    });
  }
}

/** The one provider: every `<input [matDatepicker]>` of the app holds an ISO day and speaks the app's language. */
export function provideIsoDates(): EnvironmentProviders {
  const providers: Provider[] = [
    { provide: DateAdapter, useClass: IsoDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: ISO_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: LocalizedDatepickerIntl },
  ];
  return makeEnvironmentProviders(providers);
}

/**
 * Placed by itself on every `input[matDatepicker]`: the placeholder shows the expected notation in the app's
 * language (дд.мм.жжжж / дд.мм.гггг / dd.mm.yyyy) and phones open a numeric keyboard-friendly field.
 */
@Directive({
  selector: 'input[matDatepicker]',
  host: { autocomplete: 'off' },
})
export class DateInputPlaceholder {
  private readonly l = inject(LocalizationService);
  private readonly input = inject(MatInput, { optional: true, self: true });

  private lastSet: string | null = null;

  constructor() {
    effect(() => {
      const text = this.l.t('UI:Date.Placeholder');
      const input = this.input;
      // A placeholder written in the template wins; ours follows the language.
      if (!input || (input.placeholder && input.placeholder !== this.lastSet)) return;
      input.placeholder = this.lastSet = text;
      input.stateChanges.next();
    });
  }
}

/** What a component imports to use a date field: the datepicker parts and the placeholder. */
export const DATE_FIELD = [MatDatepickerModule, DateInputPlaceholder] as const;

const INVALID = 'invalid-date';

/**
 * Kazakh names written out: browsers ship a reduced ICU for kk (Chromium formats a Kazakh month as "M12"), so the
 * calendar would show numbers or English to a Kazakh teacher. Russian and English come from Intl.
 */
const KK_MONTHS: Record<'long' | 'short' | 'narrow', string[]> = {
  long: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  short: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
  narrow: ['Қ', 'А', 'Н', 'С', 'М', 'М', 'Ш', 'Т', 'Қ', 'Қ', 'Қ', 'Ж'],
};
/** Sunday first, as DateAdapter expects. */
const KK_WEEKDAYS: Record<'long' | 'short' | 'narrow', string[]> = {
  long: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
  short: ['Жс', 'Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб'],
  narrow: ['Ж', 'Д', 'С', 'С', 'Б', 'Ж', 'С'],
};

function kkFormat(displayFormat: string, y: number, m: number, d: number): string {
  switch (displayFormat) {
    case 'month':
      return KK_MONTHS.short[m - 1];
    case 'monthYear':
      return `${y} ж. ${KK_MONTHS.short[m - 1]}`;
    case 'monthYearLong':
      return `${y} ж. ${KK_MONTHS.long[m - 1]}`;
    default:
      return `${y} ж. ${d} ${KK_MONTHS.long[m - 1]}`;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number): number {
  const t = new Date(Date.UTC(2000, m, 0));
  t.setUTCFullYear(y, m, 0);
  return t.getUTCDate();
}

function range<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

function capitalize(s: string): string {
  return s ? s[0].toLocaleUpperCase() + s.slice(1) : s;
}

function parts(date: string): [number, number, number] {
  const p = parseIso(date);
  if (!p) throw Error(`IsoDateAdapter: not an ISO day: ${date}`);
  return p;
}

function utc(date: string): Date {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

function valid(y: number, m: number, d: number): [number, number, number] | null {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : null;
}

function parseIso(value: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? valid(+m[1], +m[2], +m[3]) : null;
}

/** A typed day: `d.m.yyyy` (also with / - or spaces), `d.m.yy` (20yy), or ISO `yyyy-m-d`. Null when it is not a day. */
export function parseDay(text: string): string | null {
  let p: [number, number, number] | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) p = valid(+m[1], +m[2], +m[3]);
  else if ((m = /^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4}|\d{2})\.?$/.exec(text))) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    p = valid(year, +m[2], +m[1]);
  }
  return p ? iso(p[0], p[1], p[2]) : null;
}
