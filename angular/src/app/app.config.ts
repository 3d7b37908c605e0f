import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { MatIconRegistry } from '@angular/material/icon';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MAT_SNACK_BAR_DEFAULT_OPTIONS } from '@angular/material/snack-bar';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';

import { provideApiConfiguration } from './api/api-configuration';
import { routes } from './app.routes';
import { AppConfigService } from './core/config/app-config.service';
import { cultureInterceptor, errorInterceptor, tenantInterceptor } from './core/http/interceptors';
import { provideIsoDates } from './core/i18n/date-adapter';
import { LocalizationService } from './core/i18n/localization.service';
import { LocalizedPaginatorIntl } from './core/i18n/paginator-intl';
import { LocalizedTitleStrategy } from './core/i18n/title-strategy';
import { StartupState } from './core/config/startup-state';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    // Cookie-authenticated writes carry the antiforgery token: the host sets XSRF-TOKEN at sign-in and with the configuration,
    // HttpClient echoes it in X-XSRF-TOKEN on same-origin POST/PUT/PATCH/DELETE.
    provideHttpClient(
      withInterceptors([cultureInterceptor, tenantInterceptor, errorInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    // Same origin: the host serves the app and the API; `ng serve` proxies /api (proxy.conf.json).
    provideApiConfiguration(''),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl },
    // Date fields hold ISO days and show dd.MM.yyyy with month names in the app's language, whatever the browser's.
    provideIsoDates(),
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
    { provide: MAT_SNACK_BAR_DEFAULT_OPTIONS, useValue: { horizontalPosition: 'center', verticalPosition: 'bottom' } },
    provideAppInitializer(async () => {
      inject(MatIconRegistry).setDefaultFontSetClass('material-icons');
      const config = inject(AppConfigService);
      const l = inject(LocalizationService);
      const startup = inject(StartupState);
      try {
        await config.load();
        // A signed-in user's saved language wins over this browser's last choice.
        if (config.isAuthenticated()) l.syncFromServer();
      } catch {
        startup.failed.set(true);
      }
    }),
  ],
};
