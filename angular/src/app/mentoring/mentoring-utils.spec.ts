import { describe, expect, it } from 'vitest';

import { MentoringPairDto, MentoringSettingsDto } from '../api/models';
import { cadenceGapDays, fromIsoMoment, hoursText, isBehindCadence, toIsoMoment } from './mentoring-utils';

const settings = { mentorCapacity: 3, cadenceMeetings: 1, cadenceDays: 7, weeklyCardInFirstYear: true, isDefault: true, concurrencyStamp: null } as MentoringSettingsDto;

function pair(p: Partial<MentoringPairDto>): MentoringPairDto {
  return { isActive: true, startsOn: '2026-11-01', lastMeetingAt: null, ...p } as MentoringPairDto;
}

describe('mentoring utils', () => {
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

  it('turns the form date and time into a moment and back', () => {
    const iso = toIsoMoment('2026-12-05', '14:30');
    expect(fromIsoMoment(iso)).toEqual({ date: '2026-12-05', time: '14:30' });
  });

  it('writes hours with one decimal', () => {
    expect(hoursText(90)).toBe('1.5');
    expect(hoursText(45)).toBe('0.8');
  });
});
