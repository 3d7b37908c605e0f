import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AgreementHistory } from '../agreements/agreement-history';
import { ApiConfiguration } from '../api/api-configuration';
import { DevelopmentPlansService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { PlanEditor } from './plan-editor';
import { PlanPage } from './plan-page';
import { PlanProgress } from './plan-progress';
import { PlanReview } from './plan-review';
import { statusChip, templateName } from './plan-utils';
import { PlanView } from './plan-view';

/**
 * `/development-plans/:id`: the plan's header, state and comments; its parts are the editor (or the read-only view), the
 * review and the progress, which share the page's state (`PlanPage`).
 */
@Component({
  selector: 'app-plan-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatMenuModule, MatProgressBarModule,
    TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, NotFoundView, PageHeader, PlanEditor, PlanView, PlanReview, PlanProgress,
    AgreementHistory,
  ],
  providers: [PlanPage],
  templateUrl: './plan-detail.html',
  styleUrl: './plan-parts.scss',
})
export class PlanDetail implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(DevelopmentPlansService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  protected readonly l = inject(LocalizationService);
  protected readonly page = inject(PlanPage);

  protected readonly chip = statusChip;
  protected readonly plan = this.page.plan;
  protected readonly comments = this.page.comments;
  protected readonly loading = this.page.loading;
  protected readonly notFound = this.page.notFound;
  protected readonly conflict = this.page.conflict;
  protected readonly docxKk = computed(() => this.docUrl('kk'));
  protected readonly docxRu = computed(() => this.docUrl('ru'));

  protected readonly commentForm = inject(FormBuilder).nonNullable.group({ text: ['', [Validators.required, Validators.maxLength(2000)]] });
  protected readonly commentErrors = signal<string[]>([]);

  ngOnInit(): void {
    this.page.id.set(this.id());
    void this.page.load();
  }

  protected templateName(): string {
    return templateName(this.l.culture(), this.plan());
  }

  private docUrl(culture: string): string {
    const p = this.plan();
    return p ? `${this.rootUrl}${DevelopmentPlansService.GetDevelopmentPlanDocumentPath.replace('{id}', encodeURIComponent(p.id))}?culture=${culture}` : '';
  }

  protected async addComment(): Promise<void> {
    this.commentForm.markAllAsTouched();
    const p = this.plan();
    if (!p || this.commentForm.invalid || this.page.busy()) return;
    this.page.busy.set(true);
    this.commentErrors.set([]);
    try {
      await firstValueFrom(this.api.addDevelopmentPlanComment({ id: p.id, body: { text: this.commentForm.getRawValue().text.trim() } }, handlesErrors()));
      this.commentForm.reset();
      await this.page.loadComments();
    } catch (e) {
      const problem = toProblem(e);
      this.commentErrors.set([problemMessage(problem, (k) => this.l.t(k)), ...Object.values(problem.errors).flat()]);
    } finally {
      this.page.busy.set(false);
    }
  }
}
