import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';

import { AppConfigService } from '../config/app-config.service';

const PREFIX = 'kemel.draft.';
/**
 * Drafts older than this are dropped when read. A draft may name a file uploaded but not yet
 * saved with its record: the server keeps such a file for its grace period
 * (AttachmentOptions.DefaultOrphanGracePeriod, 15 days), which must stay longer than this.
 */
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

interface StoredDraft {
  savedAt: number;
  value: unknown;
}

export interface DraftOptions {
  /** Controls never written to storage (passwords). */
  exclude?: string[];
  /** Whether to restore immediately (default true). Edit pages restore after the record has loaded. */
  restoreNow?: boolean;
}

/** Handle returned by `DraftService.track`. */
export class FormDraft {
  /** True after a stored draft was put back into the form. */
  readonly restored = signal(false);

  constructor(
    private readonly storageKey: string,
    private readonly control: AbstractControl,
    private readonly exclude: string[],
  ) {}

  /** Puts a stored draft into the form. Returns whether there was one. */
  restore(): boolean {
    const draft = readDraft(this.storageKey);
    if (draft === null) return false;
    this.control.patchValue(draft as never, { emitEvent: false });
    this.control.markAsDirty();
    this.control.updateValueAndValidity({ emitEvent: true });
    this.restored.set(true);
    return true;
  }

  /** The stored draft's value without applying it (a page with form arrays first shapes them to it). */
  peek(): unknown {
    return readDraft(this.storageKey);
  }

  save(): void {
    const value = this.control.getRawValue?.() ?? this.control.value;
    const copy = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : value;
    if (copy && typeof copy === 'object') {
      for (const name of this.exclude) delete (copy as Record<string, unknown>)[name];
    }
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ savedAt: Date.now(), value: copy } satisfies StoredDraft));
    } catch {
      /* storage full or blocked */
    }
  }

  /** Forget the draft (after a successful save, or when the user discards it). */
  clear(): void {
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      /* ignore */
    }
    this.restored.set(false);
  }
}

function readDraft(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft;
    if (!parsed || typeof parsed.savedAt !== 'number' || Date.now() - parsed.savedAt > MAX_AGE_MS) {
      localStorage.removeItem(key);
      return null;
    }
    return parsed.value ?? null;
  } catch {
    return null;
  }
}

/**
 * Forms never lose typed text: each change is written to localStorage under a key per form and record
 * (and per user and school, so a shared school computer does not mix people's drafts); the draft is restored
 * on load and cleared after a successful save. A failed save keeps both the form and the draft.
 */
@Injectable({ providedIn: 'root' })
export class DraftService {
  private readonly config = inject(AppConfigService);

  /**
   * Starts tracking. Call in a constructor or field initialiser (it uses DestroyRef).
   * `key` names the form and record, e.g. `staff:new` or `staff:<id>`.
   */
  track(key: string, control: AbstractControl, options: DraftOptions = {}, destroyRef = inject(DestroyRef)): FormDraft {
    const draft = new FormDraft(this.storageKey(key), control, options.exclude ?? []);
    if (options.restoreNow !== false) draft.restore();
    control.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      if (control.dirty) draft.save();
    });
    return draft;
  }

  /** Whether a draft is stored under `key` (a page can offer to continue it). */
  exists(key: string): boolean {
    return readDraft(this.storageKey(key)) !== null;
  }

  /** Forgets the draft stored under `key` (a page whose record can no longer be edited). */
  forget(key: string): void {
    try {
      localStorage.removeItem(this.storageKey(key));
    } catch {
      /* ignore */
    }
  }

  private storageKey(key: string): string {
    const user = this.config.currentUser()?.id ?? 'anonymous';
    const tenant = this.config.currentTenant()?.id ?? 'host';
    return `${PREFIX}${tenant}.${user}.${key}`;
  }
}
