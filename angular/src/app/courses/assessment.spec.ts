import { describe, expect, it } from 'vitest';

import { AssessmentSchemeDto } from '../api/models';
import { previewScheme, schemeInEffect } from './assessment';

const s002 = {
  id: 'a', effectiveFrom: '2023-01-09', inEffect: true, note: null, maxTotal: 100, passMark: 50, rubrics: [], gradeBands: [],
  components: [
    { key: 'test', title: 'Тест', maxPoints: 40, threshold: 20 }, { key: 'attendance', title: 'Қатысу', maxPoints: 10, threshold: null },
    { key: 'activity', title: 'Белсенділік', maxPoints: 10, threshold: null }, { key: 'project', title: 'Жоба', maxPoints: 40, threshold: null },
  ],
} as AssessmentSchemeDto;

const s003 = {
  id: 'b', effectiveFrom: '2023-01-01', inEffect: true, note: null, maxTotal: 41, passMark: null, rubrics: [],
  components: [{ key: 'miniLesson', title: 'Шағын сабақ', maxPoints: 21, threshold: null }, { key: 'project', title: 'Жоба', maxPoints: 20, threshold: null }],
  gradeBands: [
    { of: 'miniLesson', label: 'Үздік', min: 19, max: 21 }, { of: 'miniLesson', label: 'Жақсы', min: 15, max: 18 },
    { of: 'project', label: '«5»', min: 17, max: 20 }, { of: 'project', label: '«4»', min: 14, max: 16 },
  ],
} as AssessmentSchemeDto;

describe('course assessment preview', () => {
  it('passes seed 002 at 50 with the test at its threshold, and fails a test below it whatever the total', () => {
    expect(previewScheme(s002, { test: 20, attendance: 10, activity: 10, project: 10 }).passed).toBe(true);
    const low = previewScheme(s002, { test: 19, attendance: 10, activity: 10, project: 40 });
    expect(low.total).toBe(79);
    expect(low.passed).toBe(false);
    expect(previewScheme(s002, { test: 30, attendance: 5, activity: 5, project: 9 }).passed).toBe(false);
  });

  it('decides nothing until every score is in range', () => {
    expect(previewScheme(s002, { test: 30, attendance: 10, activity: 10 }).passed).toBeNull();
    const over = previewScheme(s002, { test: 41, attendance: 10, activity: 10, project: 10 });
    expect(over.passed).toBeNull();
    expect(over.components[0].overMax).toBe(true);
  });

  it('grades each component by its band when the total has none (seed 003)', () => {
    const p = previewScheme(s003, { miniLesson: 19, project: 15 });
    expect(p.passed).toBe(true);
    expect(p.grade).toBe('Үздік · «4»');
    expect(p.components.map((c) => c.grade)).toEqual(['Үздік', '«4»']);
  });

  it('uses the version in effect on the day, not one dated later', () => {
    const later = { ...s002, id: 'c', effectiveFrom: '2027-01-01' };
    expect(schemeInEffect([s002, later], '2026-12-05')?.id).toBe('a');
    expect(schemeInEffect([s002, later], '2027-01-01')?.id).toBe('c');
    expect(schemeInEffect([later], '2026-12-05')).toBeNull();
  });
});
