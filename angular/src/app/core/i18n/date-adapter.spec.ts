import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';

import { IsoDateAdapter, parseDay } from './date-adapter';
import { LocalizationService } from './localization.service';

describe('IsoDateAdapter', () => {
  let adapter: IsoDateAdapter;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), IsoDateAdapter] });
    TestBed.inject(LocalizationService).setLocalCulture('kk');
    adapter = TestBed.inject(IsoDateAdapter);
  });

  it('reads a day typed in the app notation into the ISO day the API takes', () => {
    expect(adapter.parse('05.09.2026')).toBe('2026-09-05');
    expect(adapter.parse('5.9.2026')).toBe('2026-09-05');
    expect(adapter.parse('05/09/2026')).toBe('2026-09-05');
    expect(adapter.parse('05.09.26')).toBe('2026-09-05');
    expect(adapter.parse('2026-09-05')).toBe('2026-09-05');
    expect(adapter.parse('')).toBeNull();
    expect(adapter.isValid(adapter.parse('31.02.2026')!)).toBe(false);
    expect(adapter.isValid(adapter.parse('09/05/2026x')!)).toBe(false);
    expect(parseDay('29.02.2028')).toBe('2028-02-29');
  });

  it('shows dd.MM.yyyy whatever the language, and the day does not move with the time zone', () => {
    expect(adapter.format('2026-01-01', 'input')).toBe('01.01.2026');
    expect(adapter.format('2026-12-31', 'input')).toBe('31.12.2026');
    expect(adapter.deserialize('2026-03-29T00:00:00+06:00')).toBe('2026-03-29');
    expect(adapter.deserialize('')).toBeNull();
  });

  it('does calendar arithmetic on days', () => {
    expect(adapter.addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(adapter.addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(adapter.addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(adapter.addCalendarYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(adapter.getDayOfWeek('2026-12-05')).toBe(6);
    expect(adapter.getNumDaysInMonth('2028-02-10')).toBe(29);
    expect(adapter.createDate(2026, 8, 1)).toBe('2026-09-01');
    expect(adapter.getFirstDayOfWeek()).toBe(1);
  });

  it('names months in the app language, not the browser one', () => {
    expect(adapter.getMonthNames('long')[0]).toBe('Қаңтар');
    expect(adapter.format('2026-12-05', 'long')).toBe('2026 ж. 5 желтоқсан');
    expect(adapter.getDayOfWeekNames('short')[1]).toBe('Дс');
    TestBed.inject(LocalizationService).setLocalCulture('ru');
    TestBed.tick();
    expect(adapter.getMonthNames('long')[0].toLowerCase()).toBe('январь');
  });
});
