import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';

import { AppConfigService } from '../config/app-config.service';
import { LocalizationService } from './localization.service';

describe('LocalizationService', () => {
  let service: LocalizationService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient()] });
    const config = TestBed.inject(AppConfigService);
    // Seed the configuration and texts signals as the server would.
    const state = config as unknown as { state: { set(v: unknown): void }; textsState: { set(v: unknown): void } };
    state.state.set({ localization: { currentCulture: 'kk', languages: [], textsVersion: 'v1' } });
    state.textsState.set({
      culture: 'kk',
      texts: { 'UI:Paging.Range': '{0}–{1}, барлығы {2}', 'Account:LockedOut': '{Minutes} минутқа бұғатталды' },
    });
    service = TestBed.inject(LocalizationService);
  });

  it('returns the text with positional and named placeholders filled', () => {
    expect(service.t('UI:Paging.Range', 1, 25, 40)).toBe('1–25, барлығы 40');
    expect(service.t('Account:LockedOut', { Minutes: 15 })).toBe('15 минутқа бұғатталды');
  });

  it('shows the key itself when the text is missing', () => {
    expect(service.t('UI:Missing')).toBe('UI:Missing');
    expect(service.tOr('Role:Custom', 'Custom')).toBe('Custom');
  });
});
