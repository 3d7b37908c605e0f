import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormArray, FormControl, FormGroup } from '@angular/forms';

/** One row of an import error report. */
export interface ProblemRow {
  row: number;
  column?: string | null;
  code?: string | null;
  message: string;
}

/** ProblemDetails as the API sends it (docs/api-contract.md), normalised. */
export interface Problem {
  status: number;
  title: string | null;
  detail: string | null;
  code: string | null;
  errors: Record<string, string[]>;
  rows: ProblemRow[];
}

/** Turns any error (HttpErrorResponse, network failure, unexpected value) into a Problem. */
export function toProblem(error: unknown): Problem {
  if (error instanceof HttpErrorResponse) {
    const body = parseBody(error.error);
    return {
      status: error.status,
      title: str(body?.['title']),
      detail: str(body?.['detail']),
      code: str(body?.['code']),
      errors: normaliseErrors(body?.['errors']),
      rows: Array.isArray(body?.['rows']) ? (body!['rows'] as ProblemRow[]) : [],
    };
  }
  return { status: -1, title: null, detail: null, code: null, errors: {}, rows: [] };
}

function parseBody(body: unknown): Record<string, unknown> | null {
  if (body && typeof body === 'object' && !(body instanceof Blob) && !(body instanceof ProgressEvent)) {
    return body as Record<string, unknown>;
  }
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 ? v : null;
}

function normaliseErrors(errors: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!errors || typeof errors !== 'object') return result;
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    const messages = Array.isArray(value) ? value.map(String) : [String(value)];
    result[key] = messages;
  }
  return result;
}

/** `FullName` / `fullName` / `$.fullName` / `Body.FullName` / `subjects[0]` → `fullName` / `subjects`. */
export function fieldName(key: string): string {
  let name = key.replace(/^\$\./, '');
  const dot = name.lastIndexOf('.');
  if (dot >= 0) name = name.slice(dot + 1);
  name = name.replace(/\[\d+\]$/, '');
  return name.length ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/**
 * Puts the API's field messages on the matching form controls (error key `server`), so they show in the
 * `mat-error` beside the field; `codeFields` maps business error codes to the field they are about.
 * Returns the messages no control could take, for a banner.
 */
export function applyProblemToForm(form: FormGroup, problem: Problem, codeFields: Record<string, string> = {}): string[] {
  const unmatched: string[] = [];
  // A business rule about one field (e.g. Schools:DuplicateBin) comes without `errors`: show its message there too.
  const field = problem.code ? codeFields[problem.code] : undefined;
  const message = problem.detail ?? problem.title;
  if (field && message && !Object.keys(problem.errors).some((k) => fieldName(k) === field)) {
    const control = findControl(form, field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    }
  }
  for (const [key, messages] of Object.entries(problem.errors)) {
    const control = controlAtPath(form, key) ?? findControl(form, fieldName(key));
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}

/**
 * Drops the server's messages before a new attempt (the server checks again), so a message about one field does not
 * block saving after the user fixed another field it depended on.
 */
export function clearServerErrors(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((c) => clearServerErrors(c));
  }
  if (control.hasError('server')) control.updateValueAndValidity({ emitEvent: false });
}

/**
 * The field a nested path names (`sections[2].titleKk`: the third section's Kazakh title), so a message about one item of a
 * list stands beside that item's field. Only a field (a FormControl) qualifies: an item or a list as a whole (`sections[0]`)
 * is left to the name match, which finds the list.
 */
function controlAtPath(form: FormGroup, key: string): AbstractControl | null {
  const path = key.replace(/^\$\./, '').split(/[.[\]]+/).filter((p) => p.length > 0);
  if (path.length < 2) return null;
  const control = form.get(path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
  return control instanceof FormControl ? control : null;
}

function findControl(form: FormGroup, name: string): AbstractControl | null {
  if (!name) return null;
  const direct = form.get(name);
  if (direct) return direct;
  // Case-insensitive match, and one level of nested groups.
  const lower = name.toLowerCase();
  for (const [key, control] of Object.entries(form.controls)) {
    if (key.toLowerCase() === lower) return control;
    if (control instanceof FormGroup && !(control instanceof FormArray)) {
      const nested = findControl(control, name);
      if (nested) return nested;
    }
  }
  return null;
}

/** The text to show for a problem that is not about one field. */
export function problemMessage(problem: Problem, t: (key: string) => string): string {
  if (problem.status === 0 || problem.status === -1) return t('UI:Error.Network');
  if (problem.detail) return problem.detail;
  if (problem.title) return problem.title;
  if (problem.status === 403) return t('Common:Forbidden');
  if (problem.status === 404) return t('Common:EntityNotFound');
  if (problem.status === 409) return t('Common:ConcurrencyConflict');
  return t('Common:InternalError');
}
