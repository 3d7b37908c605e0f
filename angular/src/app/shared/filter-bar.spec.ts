import { countSet } from './filter-bar';
import { recentAcademicYears } from './year-select';

describe('filter bar helpers', () => {
  it('counts the filters that are set, leaving out the search', () => {
    expect(countSet({ filter: 'abc', status: '', year: 2026, young: false, archived: true }, 'filter')).toBe(2);
    expect(countSet({ filter: '', status: '' })).toBe(0);
  });

  it('offers next year, this year and earlier ones, newest first', () => {
    expect(recentAcademicYears(2, 1, new Date(2026, 10, 1))).toEqual([2027, 2026, 2025, 2024]);
    expect(recentAcademicYears(0, 1, new Date(2027, 2, 1))).toEqual([2027, 2026]);
  });
});
