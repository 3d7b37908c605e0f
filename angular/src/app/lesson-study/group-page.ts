import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { LessonStudyGroupDto } from '../api/models';
import { LessonStudyService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { errorText } from './ls-utils';

/** `/lesson-study/groups/:id`: the group, its members and their consent, its rounds, the report and publication to the library. */
@Component({
  selector: 'app-lesson-study-group-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatProgressBarModule, TPipe, EnumTextPipe, KDatePipe, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/lesson-study">{{ 'Menu:LessonStudy' | t }}</a></nav>
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <app-form-banner [messages]="errors()" />
    @if (group(); as g) {
      <app-page-header [title]="g.theme" [subtitle]="g.researchQuestion">
        @if (g.abilities.canEdit) { <a mat-stroked-button [routerLink]="['/lesson-study/groups', g.id, 'edit']">{{ 'UI:LessonStudy.EditGroup' | t }}</a> }
        <a mat-stroked-button [href]="docUrl('kk')" download data-testid="ls-report-kk">{{ 'UI:LessonStudy.ReportKk' | t }}</a>
        <a mat-stroked-button [href]="docUrl('ru')" download data-testid="ls-report-ru">{{ 'UI:LessonStudy.ReportRu' | t }}</a>
      </app-page-header>
      <section class="surface panel">
        <p><span class="chip">{{ g.origin | enumText: 'LessonStudyGroupOrigin' }}</span> {{ g.academicYearLabel }}
          @if (g.subject) { · {{ g.subject }} } @if (g.grade != null) { · {{ 'UI:LessonStudy.GradeN' | t: g.grade }} }</p>
        @if (g.knowledgeableOtherName) { <p>{{ 'UI:LessonStudy.KnowledgeableOther' | t }}: {{ g.knowledgeableOtherName }} ({{ g.knowledgeableOtherOrganisation }})</p> }
        <h2>{{ 'UI:LessonStudy.Members' | t }}</h2>
        <ul class="plain" data-testid="ls-members-list">
          @for (m of g.members; track m.staffMemberId) {
            <li>{{ m.fullName }} · {{ m.category | enumText: 'QualificationCategory' }}
              @if (m.isFacilitator) { <span class="chip">{{ 'UI:LessonStudy.Facilitator' | t }}</span> }
              @if (m.publishConsentAt) { <span class="chip ok">{{ 'UI:LessonStudy.Consented' | t }}</span> }
              @if (m.shareConsentAt) { <span class="chip ok">{{ 'UI:LessonStudy.ConsentedShare' | t }}</span> }
            </li>
          }
        </ul>
      </section>
      <section class="surface panel">
        <div class="head">
          <h2>{{ 'UI:LessonStudy.Rounds' | t }}</h2>
          @if (g.abilities.canPlanRound) {
            <a mat-flat-button [routerLink]="['/lesson-study/groups', g.id, 'lessons', 'new']" data-testid="ls-plan-round">{{ (g.rounds.length ? 'UI:LessonStudy.Reteach' : 'UI:LessonStudy.PlanLesson') | t }}</a>
          }
        </div>
        <ul class="plain" data-testid="ls-rounds">
          @for (r of g.rounds; track r.id) {
            <li data-testid="ls-round">
              <strong>{{ 'UI:LessonStudy.RoundN' | t: r.roundNumber }}</strong> · {{ r.lessonDate | kDate }} · {{ r.className }} · {{ r.teacherName }}
              <span class="chip">{{ r.status | enumText: 'ResearchLessonStatus' }}</span>
              <span class="links">
                <a [routerLink]="['/lesson-study/lessons', r.id]">{{ 'UI:LessonStudy.Plan' | t }}</a>
                @if (r.status === 'Planned' && g.abilities.isMember) { <a [routerLink]="['/lesson-study/lessons', r.id, 'observe']" data-testid="ls-observe-link">{{ 'UI:LessonStudy.Observe' | t }}</a> }
                <a [routerLink]="['/lesson-study/lessons', r.id, 'interviews']" data-testid="ls-interviews-link">{{ 'UI:LessonStudy.Interviews' | t }}</a>
                <a [routerLink]="['/lesson-study/lessons', r.id, 'discussion']" data-testid="ls-discussion-link">{{ 'UI:LessonStudy.Discussion' | t }}</a>
              </span>
            </li>
          } @empty { <li class="table-empty">{{ 'UI:LessonStudy.RoundsEmpty' | t }}</li> }
        </ul>
      </section>
      @if (g.abilities.isMember) {
        <section class="surface panel" data-testid="ls-publication">
          <h2>{{ 'UI:LessonStudy.Publication' | t }}</h2>
          <p class="cell-secondary">{{ 'UI:LessonStudy.PublicationHint' | t }}</p>
          <mat-checkbox [(ngModel)]="consentPublish" data-testid="ls-consent-publish">{{ 'UI:LessonStudy.ConsentPublish' | t }}</mat-checkbox>
          <mat-checkbox [(ngModel)]="consentShare" [disabled]="!consentPublish" data-testid="ls-consent-share">{{ 'UI:LessonStudy.ConsentShare' | t }}</mat-checkbox>
          <div class="actions">
            <button mat-stroked-button (click)="saveConsent()" [disabled]="busy()" data-testid="ls-consent-save">{{ 'UI:LessonStudy.SaveConsent' | t }}</button>
            @if (g.abilities.isFacilitator) {
              <button mat-stroked-button (click)="requestConsent()" [disabled]="busy() || !!g.consentRequestedAt">{{ 'UI:LessonStudy.RequestConsent' | t }}</button>
              <mat-checkbox [(ngModel)]="share">{{ 'UI:LessonStudy.ShareWithAll' | t }}</mat-checkbox>
              <button mat-flat-button (click)="publish()" [disabled]="busy()" data-testid="ls-publish">{{ 'UI:LessonStudy.Publish' | t }}</button>
            }
          </div>
          @if (g.libraryItemId) { <p data-testid="ls-published">{{ 'UI:LessonStudy.Published' | t }} · <a routerLink="/lesson-study/library">{{ 'UI:LessonStudy.LibraryTitle' | t }}</a></p> }
          @if (g.abilities.canUnpublish) {
            <button mat-stroked-button (click)="unpublish()" [disabled]="busy()" data-testid="ls-unpublish">{{ 'UI:LessonStudy.Unpublish' | t }}</button>
          }
        </section>
      } @else if (g.abilities.canUnpublish) {
        <section class="surface panel" data-testid="ls-publication">
          <p data-testid="ls-published">{{ 'UI:LessonStudy.Published' | t }} · <a routerLink="/lesson-study/library">{{ 'UI:LessonStudy.LibraryTitle' | t }}</a></p>
          <button mat-stroked-button (click)="unpublish()" [disabled]="busy()" data-testid="ls-unpublish">{{ 'UI:LessonStudy.Unpublish' | t }}</button>
        </section>
      }
    }
  `,
  styles: `
    .panel { padding: 16px; margin-bottom: 16px; }
    .plain { list-style: none; padding: 0; margin: 0; } .plain li { padding: 6px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    .links { display: inline-flex; gap: 12px; margin-left: 8px; flex-wrap: wrap; }
    .head { display: flex; justify-content: space-between; align-items: center; gap: 8px; flex-wrap: wrap; }
    .actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
    .chip { margin: 0 4px; } .ok { background: var(--mat-sys-secondary-container); }
  `,
})
export class GroupPage {
  readonly id = input.required<string>();
  private readonly api = inject(LessonStudyService);
  private readonly l = inject(LocalizationService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  protected readonly group = signal<LessonStudyGroupDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected consentPublish = false;
  protected consentShare = false;
  protected share = false;

  constructor() {
    queueMicrotask(() => void this.load());
  }

  protected docUrl(culture: string): string {
    return `${this.rootUrl}${LessonStudyService.GetLessonStudyReportPath.replace('{id}', encodeURIComponent(this.id()))}?culture=${culture}`;
  }

  private async load(): Promise<void> {
    await this.run(async () => this.show(await firstValueFrom(this.api.getLessonStudyGroup({ id: this.id() }, handlesErrors()))));
    this.loading.set(false);
  }

  private show(g: LessonStudyGroupDto): void {
    this.group.set(g);
  }

  protected saveConsent(): Promise<void> {
    return this.run(async () => this.show(await firstValueFrom(this.api.giveLessonStudyConsent(
      { id: this.id(), body: { publish: this.consentPublish, shareWithAllSchools: this.consentPublish && this.consentShare } }, handlesErrors()))));
  }

  protected requestConsent(): Promise<void> {
    return this.run(async () => this.show(await firstValueFrom(this.api.requestLessonStudyConsent({ id: this.id() }, handlesErrors()))));
  }

  protected publish(): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.api.publishLessonStudy({ id: this.id(), body: { shareWithAllSchools: this.share } }, handlesErrors()));
      this.show(await firstValueFrom(this.api.getLessonStudyGroup({ id: this.id() }, handlesErrors())));
    });
  }

  protected unpublish(): Promise<void> {
    return this.run(async () => this.show(await firstValueFrom(this.api.unpublishLessonStudy({ id: this.id() }, handlesErrors()))));
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      await action();
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
