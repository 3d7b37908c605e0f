import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ApplicationConfigurationDto } from '../../api/models';
import { ConfigurationService } from '../../api/services';

/**
 * Holds `/api/app/configuration`: the current user, the current school, the granted permissions and every UI text.
 * Everything in the app reads it through signals, so reloading it re-renders every text and menu at once.
 */
@Injectable({ providedIn: 'root' })
export class AppConfigService {
  private readonly api = inject(ConfigurationService);
  private readonly state = signal<ApplicationConfigurationDto | null>(null);

  readonly config = this.state.asReadonly();
  readonly loaded = computed(() => this.state() !== null);
  readonly currentUser = computed(() => this.state()?.currentUser ?? null);
  readonly isAuthenticated = computed(() => !!this.state()?.currentUser?.isAuthenticated);
  readonly currentTenant = computed(() => this.state()?.currentTenant ?? null);
  /** True for the platform operator (signed in without a school). */
  readonly isHost = computed(() => this.isAuthenticated() && !this.state()?.currentTenant?.isAvailable);
  readonly roles = computed(() => this.state()?.currentUser?.roles ?? []);
  readonly texts = computed<Record<string, string>>(() => this.state()?.localization?.texts ?? {});
  readonly culture = computed(() => this.state()?.localization?.currentCulture ?? null);
  private readonly policies = computed<Record<string, boolean>>(() => this.state()?.grantedPolicies ?? {});

  /** Loads (or reloads) the configuration. Rejects when the server cannot be reached. */
  async load(): Promise<ApplicationConfigurationDto> {
    const config = await firstValueFrom(this.api.getApplicationConfiguration());
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
