import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';

import { AppConfigService } from '../config/app-config.service';

/** Signed-in users only; others go to sign-in and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const config = inject(AppConfigService);
  if (config.isAuthenticated()) return mustChangePassword(config) ? inject(Router).createUrlTree([FIRST_PASSWORD_URL]) : true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

export const FIRST_PASSWORD_URL = '/account/first-password';

/** Signed in with a one-time password: nothing but the "choose your password" page opens until it is changed. */
function mustChangePassword(config: AppConfigService): boolean {
  return !!(config.currentUser() as { mustChangePassword?: boolean } | null)?.mustChangePassword;
}

/** The first-password page: signed-in users who still have a one-time password; others go home (or to sign-in). */
export const firstPasswordGuard: CanActivateFn = () => {
  const config = inject(AppConfigService);
  if (!config.isAuthenticated()) return inject(Router).createUrlTree(['/login']);
  return mustChangePassword(config) ? true : inject(Router).createUrlTree(['/']);
};

/** The sign-in page is for signed-out users; a signed-in user goes home. */
export const anonymousGuard: CanActivateFn = () => {
  const config = inject(AppConfigService);
  return config.isAuthenticated() ? inject(Router).createUrlTree(['/']) : true;
};

/**
 * `data: { permission: 'KemelSchoolPD.Staff' }` (or an array: all required). Without it the page is not loaded at all;
 * the user sees the "no access" page instead of a broken one.
 */
export const permissionGuard: CanMatchFn = (route) => {
  const config = inject(AppConfigService);
  const router = inject(Router);
  if (!config.isAuthenticated()) {
    // canMatch runs before the shell's canActivate: send signed-out users to sign-in, not to "no access".
    const url = router.currentNavigation()?.extractedUrl.toString();
    return router.createUrlTree(['/login'], { queryParams: url ? { returnUrl: url } : {} });
  }
  if (mustChangePassword(config)) return router.createUrlTree([FIRST_PASSWORD_URL]);
  const required = route.data?.['permission'] as string | string[] | undefined;
  const list = required === undefined ? [] : Array.isArray(required) ? required : [required];
  if (config.isGrantedAll(list)) return true;
  return router.createUrlTree(['/forbidden']);
};
