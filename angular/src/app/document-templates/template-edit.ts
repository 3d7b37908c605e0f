import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { catchError, debounceTime, map, of, Subject, switchMap } from 'rxjs';

import { DocumentPreviewDto, DocumentTemplateContentDto } from '../api/models';
import { DocumentTemplatesService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { applyProblemToForm, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { DocumentPreview } from './document-preview';

/**
 * `/document-templates/:name/:culture`: the school's wording of one printed form. Saving keeps the school's copy (checked
 * by the server: a copy that cannot print is refused with the reason); "Back to the standard form" deletes the copy. Beside
 * the editor, the page as the text being typed prints it, each field showing its own name (redrawn a moment after typing).
 */
@Component({
  selector: 'app-template-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, TPipe,
    PageHeader, FormBanner, FieldError, DocumentPreview,
  ],
  template: `
    <app-page-header [title]="template()?.displayName ?? ('Menu:DocumentTemplates' | t)"
                     [subtitle]="('UI:Templates.Language.' + culture | t) + (template()?.isCustomized ? ' · ' + ('UI:Templates.Customized' | t) : '')">
      <a mat-stroked-button routerLink="/document-templates"><mat-icon aria-hidden="true">arrow_back</mat-icon>{{ 'UI:Templates.BackToList' | t }}</a>
    </app-page-header>
    <section class="surface form-panel">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
      }
      <app-form-banner [messages]="error()" />
      <p class="hint">{{ 'UI:Templates.Help' | t }}</p>
      <div class="editor-layout">
      <mat-form-field class="full-width editor">
        <mat-label>{{ 'UI:Templates.Content' | t }}</mat-label>
        <textarea #editor matInput class="code" rows="24" [formControl]="content" [readonly]="!canManage()" spellcheck="false"
                  data-testid="template-content"></textarea>
        <mat-error><app-field-error [control]="content" /></mat-error>
      </mat-form-field>
      <!-- Beside the editor: the fields this form may use (read from the standard template), inserted at the cursor on a click. -->
      <aside class="fields" data-testid="template-fields" [attr.aria-label]="'UI:Templates.Fields' | t">
        <h2 class="fields__title">{{ 'UI:Templates.Fields' | t }}</h2>
        <p class="hint">{{ 'UI:Templates.FieldsHint' | t }}</p>
        <ul class="fields__list">
          @for (f of fields(); track f) {
            <li>
              @if (canManage() && !f.includes('[]')) {
                <button type="button" class="fields__insert" (click)="insert(f, editor)" [attr.aria-label]="'UI:Templates.InsertField' | t: f">
                  <code>{{ tag(f) }}</code>
                </button>
              } @else {
                <code>{{ f }}</code>
              }
            </li>
          } @empty {
            <li class="hint">—</li>
          }
        </ul>
      </aside>
      <section class="preview" data-testid="template-preview" [attr.aria-label]="'UI:Templates.Preview' | t">
        <h2 class="fields__title">{{ 'UI:Templates.Preview' | t }}</h2>
        <p class="hint">{{ 'UI:Templates.PreviewHint' | t }}</p>
        @if (previewErrors().length) {
          <div class="banner banner--error" role="status" data-testid="preview-error">
            <mat-icon aria-hidden="true">error_outline</mat-icon>
            <div>@for (m of previewErrors(); track $index) { <p>{{ m }}</p> }</div>
          </div>
        }
        <app-document-preview [preview]="preview()" [class.stale]="previewErrors().length > 0" />
      </section>
      </div>
      @if (canManage()) {
        <div class="actions">
          <button mat-flat-button type="button" (click)="save()" [disabled]="saving() || content.pristine" data-testid="template-save">
            <mat-icon aria-hidden="true">save</mat-icon>{{ 'UI:Save' | t }}
          </button>
          @if (template()?.isCustomized) {
            <button mat-stroked-button type="button" (click)="reset()" [disabled]="saving()" data-testid="template-reset">
              <mat-icon aria-hidden="true">restart_alt</mat-icon>{{ 'UI:Templates.Reset' | t }}
            </button>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .full-width { width: 100%; min-width: 0; }
    .editor-layout {
      display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); grid-template-areas: 'editor preview' 'fields preview';
      gap: 16px; align-items: start;
    }
    .editor { grid-area: editor; }
    .fields { grid-area: fields; }
    .preview { grid-area: preview; min-width: 0; }
    .stale { opacity: 0.5; }
    @media (max-width: 959.98px) {
      .editor-layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'editor' 'fields' 'preview'; }
    }
    .fields { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 8px 12px; max-height: 320px; overflow: auto; }
    .fields__title { font: var(--mat-sys-title-small); margin: 4px 0; }
    .fields__list { list-style: none; margin: 0; padding: 0; }
    .fields__list li { padding: 2px 0; overflow-wrap: anywhere; }
    .fields__list code { font-size: 12px; }
    .fields__insert { border: 0; background: none; padding: 2px 4px; margin: 0 -4px; cursor: pointer; text-align: left; border-radius: 4px; color: var(--mat-sys-primary); }
    .fields__insert:hover, .fields__insert:focus-visible { background: var(--mat-sys-surface-container-high); }
    .code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 13px; line-height: 1.45; }
    .hint { color: var(--mat-sys-on-surface-variant); margin: 0 0 12px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class TemplateEdit {
  private readonly api = inject(DocumentTemplatesService);
  private readonly l = inject(LocalizationService);
  private readonly notify = inject(NotifyService);
  private readonly config = inject(AppConfigService);
  private readonly route = inject(ActivatedRoute);
  protected readonly name = this.route.snapshot.paramMap.get('name') ?? '';
  protected readonly culture = this.route.snapshot.paramMap.get('culture') ?? '';
  protected readonly canManage = computed(() => this.config.isGranted(Permissions.DocumentTemplatesManage));
  protected readonly template = signal<DocumentTemplateContentDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<string[]>([]);
  protected readonly content = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  private readonly form = new FormGroup({ content: this.content });
  /** The fields of the standard template of this form (what the server fills in). */
  protected readonly fields = computed(() => this.template()?.fields ?? []);
  protected readonly preview = signal<DocumentPreviewDto | null>(null);
  protected readonly previewErrors = signal<string[]>([]);
  private readonly previewOf = new Subject<string>();

  protected tag(field: string): string {
    return `{{ ${field} }}`;
  }

  /** Puts `{{ field }}` where the cursor is in the editor. */
  protected insert(field: string, editor: HTMLTextAreaElement): void {
    const text = this.tag(field);
    const start = editor.selectionStart ?? this.content.value.length;
    const end = editor.selectionEnd ?? start;
    this.content.setValue(this.content.value.slice(0, start) + text + this.content.value.slice(end));
    this.content.markAsDirty();
    editor.focus();
    editor.setSelectionRange(start + text.length, start + text.length);
  }

  constructor() {
    this.load();
    // The last text typed wins: a preview still on its way for an earlier text is dropped.
    this.previewOf
      .pipe(
        debounceTime(600),
        switchMap((content) =>
          this.api.previewDocumentTemplate({ name: this.name, culture: this.culture, body: { content } }, handlesErrors()).pipe(
            map((preview) => ({ preview, errors: [] as string[] })),
            catchError((e: unknown) => of({ preview: null, errors: this.previewProblem(e) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ preview, errors }) => {
        if (preview) this.preview.set(preview);
        this.previewErrors.set(errors);
      });
    this.content.valueChanges.pipe(takeUntilDestroyed()).subscribe((content) => {
      if (content.trim()) this.previewOf.next(content);
    });
  }

  /** Why the text cannot print, as the server says it (its message and the line), kept beside the last good preview. */
  private previewProblem(e: unknown): string[] {
    const problem = toProblem(e);
    const messages = Object.values(problem.errors).flat();
    return messages.length ? messages : [problemMessage(problem, (k) => this.l.t(k))];
  }

  protected save(): void {
    const current = this.template();
    if (!current || this.content.invalid) return;
    this.saving.set(true);
    this.api
      .updateDocumentTemplate({ name: this.name, culture: this.culture, body: { content: this.content.value, concurrencyStamp: current.concurrencyStamp } }, handlesErrors())
      .subscribe({
        next: (t) => {
          this.show(t);
          this.saving.set(false);
          this.notify.success(this.l.t('UI:Templates.Saved'));
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  protected reset(): void {
    this.saving.set(true);
    this.api.resetDocumentTemplate({ name: this.name, culture: this.culture }, handlesErrors()).subscribe({
      next: () => {
        this.saving.set(false);
        this.notify.success(this.l.t('UI:Templates.ResetDone'));
        this.load();
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  private load(): void {
    this.loading.set(true);
    this.api.getDocumentTemplate({ name: this.name, culture: this.culture }, handlesErrors()).subscribe({
      next: (t) => this.show(t),
      error: (e: unknown) => this.fail(e),
    });
  }

  private show(t: DocumentTemplateContentDto): void {
    this.template.set(t);
    this.content.setValue(t.content);
    this.content.markAsPristine();
    this.loading.set(false);
    this.error.set([]);
  }

  private fail(e: unknown): void {
    const problem = toProblem(e);
    this.saving.set(false);
    this.loading.set(false);
    const unmatched = applyProblemToForm(this.form, problem);
    this.error.set(Object.keys(problem.errors).length ? unmatched : [problemMessage(problem, (k) => this.l.t(k))]);
  }
}
