import { provideHttpClient } from '@angular/common/http';
import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';

import { DraftService } from './draft.service';

describe('DraftService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient()] });
  });

  function form() {
    return new FormGroup({ name: new FormControl(''), password: new FormControl('') });
  }

  it('saves typed text, restores it in a new form, and forgets it after clear()', () => {
    const drafts = TestBed.inject(DraftService);
    const destroyRef = TestBed.inject(DestroyRef);
    const first = form();
    const draft = drafts.track('test:new', first, { exclude: ['password'] }, destroyRef);
    first.controls.name.setValue('Айгүл');
    first.controls.password.setValue('secret');
    first.markAsDirty();
    first.controls.name.setValue('Айгүл Н.');

    const second = form();
    const restored = drafts.track('test:new', second, { exclude: ['password'] }, destroyRef);
    expect(second.controls.name.value).toBe('Айгүл Н.');
    expect(second.controls.password.value).toBe(''); // never stored
    expect(restored.restored()).toBe(true);

    draft.clear();
    const third = form();
    drafts.track('test:new', third, {}, destroyRef);
    expect(third.controls.name.value).toBe('');
  });
});
