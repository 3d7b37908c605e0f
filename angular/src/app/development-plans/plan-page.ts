import { Injectable, WritableSignal, computed, inject, signal } from '@angular/core';
import { Observable, catchError, firstValueFrom, forkJoin, of } from 'rxjs';

import { AgreementHistorySource } from '../agreements/agreement-history';
import { AttachmentDto, DevelopmentPlanDto, PlanChangesSinceReviewDto, PlanCommentDto, PlanEvidence, PlanVersionDetailDto } from '../api/models';
import { DevelopmentPlansService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { DraftService } from '../core/forms/draft.service';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { NotifyService } from '../core/notify/notify.service';
import { AttachmentClient } from '../shared/attachments';
import { planChangeNames } from './plan-utils';

/** The server's name for a plan as the owner of files. */
export const PLAN_OWNER_TYPE = 'DevelopmentPlan';

/**
 * The state of one plan page, shared by its parts (editor, view, review, progress, comments): the plan as the server last
 * sent it, its comments, changes since the last review and files, and one "busy" for every action on the page.
 * Provided by `PlanDetail`, so each plan page has its own.
 */
@Injectable()
export class PlanPage {
  private readonly api = inject(DevelopmentPlansService);
  private readonly attachments = inject(AttachmentClient);
  private readonly config = inject(AppConfigService);
  private readonly drafts = inject(DraftService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);

  readonly id = signal('');
  readonly plan = signal<DevelopmentPlanDto | null>(null);
  readonly comments = signal<PlanCommentDto[]>([]);
  readonly changes = signal<PlanChangesSinceReviewDto | null>(null);
  /** The plan's files (evidence points at them by id). */
  readonly files = signal<AttachmentDto[]>([]);
  /** True until the plan's files are known (evidence does not call a file missing meanwhile). */
  readonly filesLoading = signal(true);
  readonly loading = signal(false);
  readonly notFound = signal(false);
  readonly busy = signal(false);
  readonly conflict = signal(false);
  /** Messages about the plan as a whole (the editor's banner, or the view's). */
  readonly formErrors = signal<string[]>([]);
  /** Files let go of in a form: deleted on the server once the form that referred to them is saved. */
  private readonly released = new Set<string>();

  readonly canReopen = computed(() => {
    const p = this.plan();
    return !!p && this.config.isGranted(Permissions.DevelopmentPlansReview) && (p.status === 'Agreed' || p.status === 'InProgress' || p.status === 'Completed');
  });

  /** How the review and the history name what changed. */
  readonly changeNames = computed(() => planChangeNames(this.l, this.plan()));

  /** The plan's versions and reviews (the agreement workflow's shared history). */
  readonly history = computed<AgreementHistorySource<PlanVersionDetailDto>>(() => {
    const id = this.id();
    return {
      versions: () => this.api.getDevelopmentPlanVersions({ id }, handlesErrors()),
      reviews: () => this.api.getDevelopmentPlanReviews({ id }, handlesErrors()),
      version: (versionId) => this.api.getDevelopmentPlanVersion({ id, versionId }, handlesErrors()),
    };
  });

  /** The editor's draft key (the page forgets a draft of a plan that can no longer be edited). */
  readonly draftKey = computed(() => `development-plan:${this.id()}`);

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      const p = await firstValueFrom(this.api.getDevelopmentPlan({ id: this.id() }, handlesErrors()));
      if (!p.abilities.canEdit) this.drafts.forget(this.draftKey());
      this.plan.set(p);
      this.conflict.set(false); // only now: until the fresh plan's stamp is in, a save would meet the conflict again
      void this.loadComments();
      void this.loadChanges();
      void this.loadFiles();
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 404 || problem.status === 400 || problem.status === 403) this.notFound.set(true);
      else this.formErrors.set([problemMessage(problem, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  async loadComments(): Promise<void> {
    try {
      this.comments.set(await firstValueFrom(this.api.getDevelopmentPlanComments({ id: this.id() }, handlesErrors())));
    } catch {
      this.comments.set([]);
    }
  }

  private async loadChanges(): Promise<void> {
    const p = this.plan();
    if (!p?.abilities.canReview && !this.canReopen()) {
      this.changes.set(null);
      return;
    }
    try {
      this.changes.set(await firstValueFrom(this.api.getDevelopmentPlanChanges({ id: this.id() }, handlesErrors())));
    } catch {
      this.changes.set(null);
    }
  }

  private async loadFiles(): Promise<void> {
    const p = this.plan();
    if (!p || !hasFileEvidence(p)) {
      // Nothing to name yet (and a teacher's first upload adds its file here).
      this.files.update((list) => list.filter((f) => f.ownerId === p?.id));
      this.filesLoading.set(false);
      return;
    }
    this.files.set(await firstValueFrom(this.attachments.list(PLAN_OWNER_TYPE, p.id).pipe(catchError(() => of(this.files())))));
    this.filesLoading.set(false);
  }

  /** A file just uploaded for this plan. */
  addFile(file: AttachmentDto): void {
    this.files.update((list) => [...list.filter((f) => f.id !== file.id), file]);
  }

  /**
   * A form let go of a file. One the saved plan does not refer to (uploaded and dropped before saving) is deleted at once;
   * one it does is deleted after the next successful save, so leaving without saving keeps the plan as it was.
   */
  releaseFile(id: string): void {
    const p = this.plan();
    if (p && allEvidence(p).some((e) => e.attachmentId === id)) {
      this.released.add(id);
      return;
    }
    this.files.update((list) => list.filter((f) => f.id !== id));
    this.attachments.remove(id).pipe(catchError(() => of(undefined))).subscribe();
  }

  /** A file the form refers to again (removed, then added back by "undo" or a restored draft). */
  keepFile(id: string): void {
    this.released.delete(id);
  }

  /**
   * After a save: deletes the released files the saved plan no longer refers to (awaited before the page says "saved", so
   * leaving at once does not cut the deletion short; a failed deletion leaves an unused file, never a broken plan).
   */
  async afterSave(saved: DevelopmentPlanDto): Promise<void> {
    const used = new Set(allEvidence(saved).map((e) => e.attachmentId).filter((id): id is string => !!id));
    const gone = [...this.released].filter((id) => !used.has(id));
    this.released.clear();
    if (!gone.length) return;
    this.files.update((list) => list.filter((f) => !gone.includes(f.id)));
    await firstValueFrom(forkJoin(gone.map((id) => this.attachments.remove(id).pipe(catchError(() => of(undefined))))));
  }

  /** Runs one action on the plan (agree, return, reopen, progress, complete) and reloads it; returns whether it went through. */
  async action(call: () => Observable<unknown>, doneKey: string, errors: WritableSignal<string[]>): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    errors.set([]);
    try {
      const result = await firstValueFrom(call(), { defaultValue: undefined });
      if (isPlan(result)) await this.afterSave(result);
      this.notify.success(this.l.t(doneKey));
      await this.load();
      return true;
    } catch (e) {
      const problem = toProblem(e);
      if (problem.status === 409) {
        this.conflict.set(true);
        errors.set([this.l.t('UI:Plans.Conflict')]);
      } else {
        errors.set([...new Set([problemMessage(problem, (k) => this.l.t(k)), ...Object.values(problem.errors).flat()])]);
      }
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  async reloadAfterConflict(): Promise<void> {
    this.drafts.forget(this.draftKey());
    this.formErrors.set([]);
    await this.load();
  }
}

/** Every evidence entry of a plan (goals and items). */
export function allEvidence(p: DevelopmentPlanDto): PlanEvidence[] {
  return [...(p.content.goals ?? []).flatMap((g) => g.evidence ?? []), ...(p.content.items ?? []).flatMap((i) => i.evidence ?? [])];
}

function hasFileEvidence(p: DevelopmentPlanDto): boolean {
  return allEvidence(p).some((e) => e.kind === 'File' && !!e.attachmentId);
}

function isPlan(v: unknown): v is DevelopmentPlanDto {
  return !!v && typeof v === 'object' && 'content' in v && 'abilities' in v;
}
