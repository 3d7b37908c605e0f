import { HttpContext, HttpContextToken } from '@angular/common/http';

/** School id sent as the `__tenant` header. Set only on sign-in calls; afterwards the cookie carries the school. */
export const TENANT_HEADER_VALUE = new HttpContextToken<string | null>(() => null);

/** The caller shows the error itself (forms, detail pages); the global interceptor stays quiet. */
export const HANDLES_ERRORS = new HttpContextToken<boolean>(() => false);

export function loginContext(schoolId: string | null): HttpContext {
  return new HttpContext().set(TENANT_HEADER_VALUE, schoolId).set(HANDLES_ERRORS, true);
}

export function handlesErrors(): HttpContext {
  return new HttpContext().set(HANDLES_ERRORS, true);
}
