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

/**
 * 401 → back to sign-in (typed text is safe in drafts); other errors the caller does not handle itself
 * are shown in a snackbar with the server's localized message.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const notify = inject(NotifyService);
  const l = inject(LocalizationService);
  const config = inject(AppConfigService);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        const isConfig = req.url.includes('/api/app/configuration');
        if (error.status === 401 && !isConfig && !req.context.get(HANDLES_ERRORS)) {
          const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
          config.load().catch(() => undefined);
          notify.info(l.t('UI:SessionExpired'));
          void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
        } else if (!req.context.get(HANDLES_ERRORS) && !isConfig) {
          notify.error(problemMessage(toProblem(error), (k) => l.t(k)));
        }
      }
      return throwError(() => error);
    }),
  );
};
