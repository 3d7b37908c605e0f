import { LocalizationService } from '../core/i18n/localization.service';
import { moduleIcon, sinceText } from '../notifications/notification-utils';
import { stateChip } from './my-work-item';
import { toDayMonth, toMonthDay } from './my-work-settings-form';

/** Texts as keys with their arguments, so the choice of text is what is checked. */
const l = {
  t: (key: string, ...args: unknown[]) => (args.length ? `${key}(${args.join(',')})` : key),
  tOr: (key: string) => key,
} as unknown as LocalizationService;

describe('my work', () => {
  it('shows overdue and due-soon items with their days, and nothing for open ones', () => {
    expect(stateChip({ state: 'Overdue', daysLeft: -3 }, l)).toEqual({ cls: 'chip chip--error', text: 'UI:MyWork.OverdueBy(3)' });
    expect(stateChip({ state: 'DueSoon', daysLeft: 0 }, l)?.text).toBe('UI:MyWork.DueToday');
    expect(stateChip({ state: 'DueSoon', daysLeft: '2' }, l)).toEqual({ cls: 'chip chip--tertiary', text: 'UI:MyWork.DaysLeft(2)' });
    expect(stateChip({ state: 'Open', daysLeft: 20 }, l)).toBeNull();
  });

  it('writes period ends as day.month and sends them as MM-dd', () => {
    expect(toDayMonth('10-25')).toBe('25.10');
    expect(toMonthDay('25.10')).toBe('10-25');
    expect(toMonthDay(' 5.1 ')).toBe('01-05');
    expect(toMonthDay('31.13')).toBe('31.13');
  });
});

describe('notifications', () => {
  it('tells how long ago, then the date', () => {
    const now = Date.parse('2026-12-05T12:00:00Z');
    expect(sinceText('2026-12-05T11:59:40Z', l, now)).toBe('UI:Notif.JustNow');
    expect(sinceText('2026-12-05T11:55:00Z', l, now)).toBe('UI:Notif.MinutesAgo(5)');
    expect(sinceText('2026-12-05T09:00:00Z', l, now)).toBe('UI:Notif.HoursAgo(3)');
    expect(sinceText('2026-12-03T09:00:00Z', l, now)).toMatch(/^03\.12\.2026 /);
  });

  it('picks an icon from the kind module', () => {
    expect(moduleIcon('DevelopmentPlans.Submitted')).toBe('assignment');
    expect(moduleIcon('Unknown.Kind')).toBe('notifications');
  });
});
