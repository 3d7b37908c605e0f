import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';

import { AppConfigService } from '../config/app-config.service';

/** Signed-in users only; others go to sign-in and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const config = inject(AppConfigService);
  if (config.isAuthenticated()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
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
  const required = route.data?.['permission'] as string | string[] | undefined;
  const list = required === undefined ? [] : Array.isArray(required) ? required : [required];
  if (config.isGrantedAll(list)) return true;
  return router.createUrlTree(['/forbidden']);
};
