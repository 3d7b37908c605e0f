import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { AppConfigService } from '../config/app-config.service';
import { LocalizationService } from '../i18n/localization.service';
import { NotifyService } from '../notify/notify.service';
import { HANDLES_ERRORS, TENANT_HEADER_VALUE } from './http-context';
import { problemMessage, toProblem } from './problem';

/** Every request carries the chosen language, so titles and details of errors come back localized too. */
export const cultureInterceptor: HttpInterceptorFn = (req, next) => {
  const culture = inject(LocalizationService).culture();
  return next(req.clone({ setHeaders: { 'Accept-Language': culture } }));
};

/** `__tenant` only where the caller asked for it (sign-in); never on other calls. */
export const tenantInterceptor: HttpInterceptorFn = (req, next) => {
  const tenant = req.context.get(TENANT_HEADER_VALUE);
  return next(tenant ? req.clone({ setHeaders: { __tenant: tenant } }) : req);
};

/** Calls whose 401 means "wrong input" or "already signed out", not "the session has ended". */
const NO_SESSION_REDIRECT = ['/api/app/configuration', '/api/account/login', '/api/account/token', '/api/account/logout'];
let redirectingToLogin = false;

/**
 * 401 (the session has ended) → reload the configuration, then go to sign-in with a returnUrl; whatever was typed is in
 * the form's draft and comes back after signing in. Errors the caller does not handle itself (no `handlesErrors()`)
 * are shown in a snackbar with the server's localized message. The error is always passed on to the caller.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const notify = inject(NotifyService);
  const l = inject(LocalizationService);
  const config = inject(AppConfigService);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        const sessionCall = NO_SESSION_REDIRECT.some((path) => req.url.includes(path));
        if (error.status === 401 && !sessionCall) {
          if (!redirectingToLogin) {
            redirectingToLogin = true;
            const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
            notify.info(l.t('UI:SessionExpired'));
            config
              .load()
              .catch(() => undefined)
              .then(() => router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} }))
              .finally(() => (redirectingToLogin = false));
          }
        } else if (error.status === 403 && toProblem(error).code === 'Account:PasswordChangeRequired') {
          // Signed in with a one-time password: only the "choose your password" page works until it is changed.
          void config.load().catch(() => undefined).then(() => router.navigateByUrl('/account/first-password'));
        } else if (!req.context.get(HANDLES_ERRORS) && !req.url.includes('/api/app/configuration')) {
          notify.error(problemMessage(toProblem(error), (k) => l.t(k)));
        }
      }
      return throwError(() => error);
    }),
  );
};
