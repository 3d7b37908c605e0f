import { describe, expect, it } from 'vitest';

import { MentoringPairDto, MentoringSettingsDto } from '../api/models';
import { academicYearStart } from './evidence-panel';
import {
  cadenceGapDays, dayAfter, formatInZone, fromIsoMoment, hoursText, isBehindCadence, isoDayParam, toIsoMoment, todayIso,
} from './mentoring-utils';

const settings = { mentorCapacity: 3, cadenceMeetings: 1, cadenceDays: 7, weeklyCardInFirstYear: true, isDefault: true, concurrencyStamp: null } as MentoringSettingsDto;

function pair(p: Partial<MentoringPairDto>): MentoringPairDto {
  return { isActive: true, startsOn: '2026-11-01', lastMeetingAt: null, ...p } as MentoringPairDto;
}

describe('mentoring utils', () => {
  it('ends a period after its last day, across months and years', () => {
    expect(dayAfter('2026-11-30')).toBe('2026-12-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });

  it('takes only a real day from the URL', () => {
    expect(isoDayParam('2026-11-05')).toBe('2026-11-05');
    expect(isoDayParam('2026-13-40')).toBe('');
    expect(isoDayParam('yesterday')).toBe('');
    expect(isoDayParam(null)).toBe('');
  });

  it('allows the days of the school rhythm between two meetings', () => {
    expect(cadenceGapDays(settings)).toBe(7);
    expect(cadenceGapDays({ ...settings, cadenceMeetings: 2, cadenceDays: 14 })).toBe(7);
    expect(cadenceGapDays(null)).toBe(7);
  });

  it('finds active pairs behind the rhythm, counting from the start before any meeting', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(isBehindCadence(pair({ lastMeetingAt: '2026-12-01T10:00:00Z' }), settings, now)).toBe(false);
    expect(isBehindCadence(pair({ lastMeetingAt: '2026-11-20T10:00:00Z' }), settings, now)).toBe(true);
    expect(isBehindCadence(pair({ startsOn: '2026-12-03' }), settings, now)).toBe(false);
    expect(isBehindCadence(pair({ startsOn: '2026-11-01', isActive: false }), settings, now)).toBe(false);
  });

  it('sends the time typed in the school zone without an offset and shows a stored moment in that zone', () => {
    expect(toIsoMoment('2026-12-05', '14:30')).toBe('2026-12-05T14:30:00');
    // Stored 09:30 UTC is 14:30 in Almaty (UTC+5) and 18:30 in Tokyo, whatever the device's zone.
    expect(fromIsoMoment('2026-12-05T09:30:00Z')).toEqual({ date: '2026-12-05', time: '14:30' });
    expect(fromIsoMoment('2026-12-05T09:30:00Z', 'Asia/Tokyo')).toEqual({ date: '2026-12-05', time: '18:30' });
    expect(formatInZone('2026-12-05T21:15:00Z')).toBe('06.12.2026 02:15');
    expect(todayIso(new Date('2026-12-05T20:00:00Z'))).toBe('2026-12-06');
  });

  it('starts the evidence period on the first of September of the academic year', () => {
    expect(academicYearStart('2026-12-06')).toBe('2026-09-01');
    expect(academicYearStart('2027-03-01')).toBe('2026-09-01');
    expect(academicYearStart('2026-09-01')).toBe('2026-09-01');
  });

  it('writes hours with one decimal', () => {
    expect(hoursText(90)).toBe('1.5');
    expect(hoursText(45)).toBe('0.8');
  });
});
