import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { Problem } from '../core/http/problem';
import { calendarYears, placeRowErrors } from './course-utils';

const problem = (errors: Record<string, string[]>): Problem => ({ status: 400, title: 'Validation', detail: null, code: null, errors, rows: [] });
const rows = (n: number) => new FormArray(Array.from({ length: n }, () => new FormGroup({ nameKk: new FormControl(''), title: new FormControl('') })));

describe('placeRowErrors', () => {
  it('puts a row field\'s message on that row, whatever the case of the key', () => {
    const days = rows(2);
    const rest = placeRowErrors(problem({ 'days[1].nameKk': ['Too long'], 'Days[0].NameKk': ['Required'] }), { days });
    expect(days.at(1).controls.nameKk.errors).toEqual({ server: 'Too long' });
    expect(days.at(0).controls.nameKk.errors).toEqual({ server: 'Required' });
    expect(days.at(1).controls.nameKk.touched).toBe(true);
    expect(rest.placed).toBe(2);
    expect(rest.errors).toEqual({});
  });

  it('leaves what no row takes (another field, a missing row, a top-level field) for the banner or the form', () => {
    const modules = rows(1);
    const rest = placeRowErrors(problem({ 'modules[3].title': ['No such row'], 'modules[0].topics': ['Not shown'], title: ['Required'] }), { modules });
    expect(rest.placed).toBe(0);
    expect(Object.keys(rest.errors).sort()).toEqual(['modules[0].topics', 'modules[3].title', 'title']);
    expect(modules.at(0).controls.title.errors).toBeNull();
  });
});

describe('calendarYears', () => {
  it('offers last year, this one and two ahead, with the year asked for, newest first', () => {
    const now = new Date(2026, 11, 6);
    expect(calendarYears(2026, now)).toEqual([2028, 2027, 2026, 2025]);
    expect(calendarYears(2020, now)).toEqual([2028, 2027, 2026, 2025, 2020]);
  });
});
