import { ChangeDetectionStrategy, Component, TemplateRef, contentChild, effect, input, signal, untracked } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { Observable, firstValueFrom } from 'rxjs';

import { PlanChangeDto, PlanReviewDto, PlanVersionDto } from '../api/models';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { AgreementChanges, ChangeNames } from './agreement-changes';

/** A version as the server answers it: the record's kept contents (each module's own) and what it changed from the one before. */
export interface AgreementVersionDetail {
  version: PlanVersionDto;
  changesFromPrevious: Array<PlanChangeDto>;
}

/** Where a record's history comes from (each module's service). */
export interface AgreementHistorySource<T extends AgreementVersionDetail> {
  versions(): Observable<PlanVersionDto[]>;
  reviews(): Observable<PlanReviewDto[]>;
  version(versionId: string): Observable<T>;
}

/**
 * The history of a record of the agreement workflow (a development plan, a mentor's year plan): the reviewers' decisions and
 * the versions kept at an agreement or a change after it; a version opens with what it changed from the one before and, when
 * the page gives a template (`<ng-template let-detail>`), the contents it kept. Reloads when `refresh` changes (the record's
 * concurrency stamp).
 */
@Component({
  selector: 'app-agreement-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, MatButtonModule, AgreementChanges, TPipe, EnumTextPipe, KDatePipe],
  template: `
    <section class="surface form-panel" data-testid="agreement-history" [attr.aria-label]="'UI:Agreements.History' | t">
      <h2 class="form-section__title">{{ 'UI:Agreements.History' | t }}</h2>
      <ul class="history">
        @for (r of reviews(); track r.id) {
          <li data-testid="agreement-review">
            <strong>{{ r.decision | enumText: 'PlanReviewDecision' }}</strong> · {{ r.reviewerName }} · {{ r.time | kDate: true }}
            @if (r.comment) { <span class="cell-secondary"> {{ r.comment }}</span> }
          </li>
        }
        @for (v of versions(); track v.id) {
          <li data-testid="agreement-version">
            {{ 'UI:Agreements.Version' | t: v.number }} · {{ v.kind | enumText: 'PlanVersionKind' }} · {{ v.authorName }} · {{ v.time | kDate: true }}
            @if (v.reason) { <span class="cell-secondary"> {{ v.reason }}</span> }
            <button mat-button type="button" (click)="toggle(v)" [attr.aria-expanded]="opened()?.version?.id === v.id" data-testid="agreement-version-show">
              {{ (opened()?.version?.id === v.id ? 'UI:Agreements.HideVersion' : 'UI:Agreements.ShowVersion') | t }}
            </button>
            @if (opened(); as detail) {
              @if (detail.version.id === v.id) {
                <div class="version" data-testid="agreement-version-content">
                  <h3 class="subtitle">{{ 'UI:Agreements.ChangesFromPrevious' | t }}</h3>
                  <app-agreement-changes [changes]="detail.changesFromPrevious" [names]="names()" />
                  @if (contents(); as tpl) {
                    <ng-container *ngTemplateOutlet="tpl; context: { $implicit: detail }" />
                  }
                </div>
              }
            }
          </li>
        }
        @if (!reviews().length && !versions().length) { <li class="table-empty">{{ 'UI:Agreements.HistoryEmpty' | t }}</li> }
      </ul>
    </section>
  `,
  styles: `
    .surface { margin-bottom: 16px; }
    .history { list-style: none; margin: 0; padding: 0; }
    .history > li { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 6px 0; overflow-wrap: anywhere; }
    .version { border-left: 3px solid var(--mat-sys-outline-variant); padding: 0 12px; margin: 4px 0 8px; }
    .subtitle { font: var(--mat-sys-title-small); margin: 8px 0; }
  `,
})
export class AgreementHistory<T extends AgreementVersionDetail> {
  readonly source = input.required<AgreementHistorySource<T>>();
  readonly names = input.required<ChangeNames>();
  /** Any value that changes when the record does (its concurrency stamp): the history is read again. */
  readonly refresh = input<unknown>(null);
  /** The page's template for a version's kept contents. */
  protected readonly contents = contentChild<TemplateRef<{ $implicit: T }>>(TemplateRef);

  protected readonly versions = signal<PlanVersionDto[]>([]);
  protected readonly reviews = signal<PlanReviewDto[]>([]);
  protected readonly opened = signal<T | null>(null);

  constructor() {
    effect(() => {
      const source = this.source();
      this.refresh();
      untracked(() => void this.load(source));
    });
  }

  private async load(source: AgreementHistorySource<T>): Promise<void> {
    const [versions, reviews] = await Promise.all([
      firstValueFrom(source.versions()).catch(() => []),
      firstValueFrom(source.reviews()).catch(() => []),
    ]);
    this.versions.set(versions);
    this.reviews.set(reviews);
    const open = this.opened();
    if (open && !versions.some((v) => v.id === open.version.id)) this.opened.set(null);
  }

  protected async toggle(v: PlanVersionDto): Promise<void> {
    if (this.opened()?.version.id === v.id) {
      this.opened.set(null);
      return;
    }
    try {
      this.opened.set(await firstValueFrom(this.source().version(v.id)));
    } catch {
      this.opened.set(null);
    }
  }
}
