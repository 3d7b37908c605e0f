import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';

import { applyProblemToForm, clearServerErrors, fieldName, problemMessage, toProblem } from './problem';

describe('problem', () => {
  const validation = new HttpErrorResponse({
    status: 400,
    error: {
      title: 'Some fields are filled in incorrectly.',
      detail: 'Some fields are filled in incorrectly.',
      code: 'Common:ValidationFailed',
      errors: { teachingExperienceYears: ['Teaching experience cannot exceed total experience.'], Unknown: ['Other problem.'] },
    },
  });

  it('reads ProblemDetails from an HTTP error', () => {
    const p = toProblem(validation);
    expect(p.status).toBe(400);
    expect(p.code).toBe('Common:ValidationFailed');
    expect(p.errors['teachingExperienceYears']).toEqual(['Teaching experience cannot exceed total experience.']);
    expect(p.rows).toEqual([]);
  });

  it('reads the import rows', () => {
    const p = toProblem(
      new HttpErrorResponse({ status: 400, error: { code: 'Staff:ImportFailed', rows: [{ row: 3, column: 'Hire date', code: 'x', message: 'Bad date' }] } }),
    );
    expect(p.rows.length).toBe(1);
    expect(p.rows[0].row).toBe(3);
  });

  it('normalises field names to the form control names', () => {
    expect(fieldName('FullName')).toBe('fullName');
    expect(fieldName('$.fullName')).toBe('fullName');
    expect(fieldName('Body.TeachingExperienceYears')).toBe('teachingExperienceYears');
    expect(fieldName('subjects[0]')).toBe('subjects');
  });

  it('puts field messages on the matching controls and returns the rest', () => {
    const form = new FormGroup({ teachingExperienceYears: new FormControl(7), fullName: new FormControl('A') });
    const unmatched = applyProblemToForm(form, toProblem(validation));
    expect(form.controls.teachingExperienceYears.errors?.['server']).toBe('Teaching experience cannot exceed total experience.');
    expect(form.controls.teachingExperienceYears.touched).toBe(true);
    expect(form.controls.fullName.valid).toBe(true);
    expect(unmatched).toEqual(['Other problem.']);
    clearServerErrors(form);
    expect(form.valid).toBe(true);
  });

  it('puts a message about one item of a list beside that item\'s field', () => {
    const section = (title: string) =>
      new FormGroup({ titleKk: new FormControl(title), rows: new FormArray([new FormGroup({ titleRu: new FormControl('') })]) });
    const form = new FormGroup({ titleKk: new FormControl('x'), sections: new FormArray([section('a'), section('b'), section('')]) });
    const problem = toProblem(new HttpErrorResponse({
      status: 400,
      error: {
        code: 'Common:ValidationFailed',
        errors: { 'sections[2].titleKk': ['Required.'], 'sections[0].rows[0].titleRu': ['Too long.'], 'sections[1]': ['Bad.'] },
      },
    }));
    const unmatched = applyProblemToForm(form, problem);
    expect(form.controls.sections.at(2).controls.titleKk.errors?.['server']).toBe('Required.');
    expect(form.controls.sections.at(0).controls.titleKk.valid).toBe(true);
    expect(form.controls.titleKk.valid).toBe(true);
    expect(form.controls.sections.at(0).controls.rows.at(0).controls.titleRu.errors?.['server']).toBe('Too long.');
    expect(form.controls.sections.errors?.['server']).toBe('Bad.'); // an item as a whole: the list shows it
    expect(unmatched).toEqual([]);
  });

  it('puts a business rule message on the field it is about', () => {
    const form = new FormGroup({ bin: new FormControl('260140000001') });
    const duplicate = toProblem(
      new HttpErrorResponse({ status: 400, error: { code: 'Schools:DuplicateBin', detail: 'A school with BIN 260140000001 is already registered.' } }),
    );
    applyProblemToForm(form, duplicate, { 'Schools:DuplicateBin': 'bin' });
    expect(form.controls.bin.errors?.['server']).toBe('A school with BIN 260140000001 is already registered.');
  });

  it('prefers the localized detail, then falls back to texts by status', () => {
    const t = (k: string) => `[${k}]`;
    expect(problemMessage(toProblem(validation), t)).toBe('Some fields are filled in incorrectly.');
    expect(problemMessage(toProblem(new HttpErrorResponse({ status: 0 })), t)).toBe('[UI:Error.Network]');
    expect(problemMessage(toProblem(new HttpErrorResponse({ status: 409 })), t)).toBe('[Common:ConcurrencyConflict]');
  });
});
