import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApplicationConfigurationDto, LocalizedTextsDto } from '../../api/models';
import { ConfigurationService } from '../../api/services';

/**
 * Holds `/api/app/configuration` (the current user, the current school, the granted permissions, the language) and the texts
 * of that language. The texts come from `/api/app/texts/{culture}?version=…`, a URL the browser caches for good: a page load
 * fetches only the configuration, and the texts again only after a release changed them or the language changed.
 * Everything in the app reads both through signals, so reloading them re-renders every text and menu at once.
 */
@Injectable({ providedIn: 'root' })
export class AppConfigService {
  private readonly api = inject(ConfigurationService);
  private readonly state = signal<ApplicationConfigurationDto | null>(null);
  private readonly textsState = signal<LocalizedTextsDto | null>(null);
  private textsVersion: string | null = null;

  readonly config = this.state.asReadonly();
  readonly loaded = computed(() => this.state() !== null);
  readonly currentUser = computed(() => this.state()?.currentUser ?? null);
  readonly isAuthenticated = computed(() => !!this.state()?.currentUser?.isAuthenticated);
  readonly currentTenant = computed(() => this.state()?.currentTenant ?? null);
  /** True for the platform operator (signed in without a school). */
  readonly isHost = computed(() => this.isAuthenticated() && !this.state()?.currentTenant?.isAvailable);
  readonly roles = computed(() => this.state()?.currentUser?.roles ?? []);
  readonly texts = computed<Record<string, string>>(() => this.textsState()?.texts ?? {});
  readonly culture = computed(() => this.state()?.localization?.currentCulture ?? null);
  private readonly policies = computed<Record<string, boolean>>(() => this.state()?.grantedPolicies ?? {});

  /** Loads (or reloads) the configuration, and the texts when their culture or version changed. Rejects when the server cannot be reached. */
  async load(): Promise<ApplicationConfigurationDto> {
    const config = await firstValueFrom(this.api.getApplicationConfiguration());
    const { currentCulture: culture, textsVersion: version } = config.localization;
    const texts =
      this.textsState()?.culture === culture && this.textsVersion === version
        ? null
        : await firstValueFrom(this.api.getTexts({ culture, version }));
    if (texts) {
      this.textsState.set(texts);
      this.textsVersion = version;
    }
    this.state.set(config);
    return config;
  }

  isGranted(policy: string | null | undefined): boolean {
    if (!policy) return true;
    return this.policies()[policy] === true;
  }

  /** True when every listed policy is granted. */
  isGrantedAll(policies: readonly string[]): boolean {
    return policies.every((p) => this.isGranted(p));
  }
}
