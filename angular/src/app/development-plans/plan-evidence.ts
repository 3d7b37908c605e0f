import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { AttachmentDto, PlanEvidence } from '../api/models';
import { TPipe } from '../core/i18n/t.pipe';
import { AttachmentUpload } from '../shared/attachment-upload';
import { FieldError } from '../shared/field-error';
import { PLAN_OWNER_TYPE, PlanPage } from './plan-page';

/** The server's limit of evidence entries per goal or item. */
const MAX_EVIDENCE = 20;

/**
 * The evidence of one goal or item: files (uploaded to the plan, linked by id) and links. Editable in the editor and in
 * the progress form, where a change is saved with the form; read-only elsewhere (download and open only).
 */
@Component({
  selector: 'app-plan-evidence',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TPipe, FieldError, AttachmentUpload],
  template: `
    @if (folded()) {
      <button mat-button type="button" class="evidence__open" (click)="expanded.set(true)" data-testid="evidence-open">
        <mat-icon aria-hidden="true">attach_file</mat-icon>{{ 'UI:Plans.AddEvidence' | t }}
      </button>
    } @else {
    <section class="evidence" [attr.aria-label]="'UI:Plans.Evidence' | t" data-testid="evidence">
      <h4 class="evidence__title">{{ 'UI:Plans.Evidence' | t }}</h4>
      @if (editable()) {
        <p class="cell-secondary">{{ 'UI:Plans.EvidenceHint' | t }}</p>
      }
      @if (links().length) {
        <ul class="evidence__links">
          @for (e of links(); track $index) {
            <li data-testid="evidence-link">
              <mat-icon aria-hidden="true">{{ e.kind === 'Record' ? 'assignment' : 'link' }}</mat-icon>
              @if (e.url) {
                <a [href]="e.url" target="_blank" rel="noopener noreferrer">{{ e.title }}</a>
              } @else {
                <span>{{ e.title }}</span>
              }
              @if (editable()) {
                <button mat-icon-button type="button" (click)="drop(e)" [attr.aria-label]="'UI:Plans.RemoveEvidenceNamed' | t: e.title">
                  <mat-icon>delete</mat-icon>
                </button>
              }
            </li>
          }
        </ul>
      }
      @for (e of missingFiles(); track e.attachmentId) {
        <p class="cell-secondary evidence__missing">
          <mat-icon aria-hidden="true">hide_source</mat-icon>{{ 'UI:Plans.FileUnavailable' | t: e.title }}
          @if (editable()) {
            <button mat-icon-button type="button" (click)="drop(e)" [attr.aria-label]="'UI:Plans.RemoveEvidenceNamed' | t: e.title">
              <mat-icon>delete</mat-icon>
            </button>
          }
        </p>
      }
      @if (editable() || files().length) {
        <app-attachment-upload [ownerType]="ownerType" [ownerId]="planId()" [files]="files()" [editable]="editable()"
                               [maxFiles]="max - links().length - missingFiles().length"
                               [emptyText]="'UI:Plans.NoEvidenceFiles' | t" testId="evidence-files"
                               (uploaded)="attach($event)" (removed)="drop(fileEntry($event))" />
      }
      @if (editable()) {
        @if (addingLink()) {
          <form class="evidence__link-form" [formGroup]="linkForm" (ngSubmit)="addLink()" data-testid="evidence-link-form">
            <mat-form-field>
              <mat-label>{{ 'UI:Plans.LinkUrl' | t }}</mat-label>
              <input matInput type="url" formControlName="url" inputmode="url" autocapitalize="none" placeholder="https://…" data-testid="evidence-link-url" />
              <mat-error><app-field-error [control]="linkForm.controls.url" /></mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'UI:Plans.LinkTitle' | t }}</mat-label>
              <input matInput formControlName="title" data-testid="evidence-link-title" />
              <mat-hint>{{ 'UI:Plans.LinkTitleHint' | t }}</mat-hint>
              <mat-error><app-field-error [control]="linkForm.controls.title" /></mat-error>
            </mat-form-field>
            <div class="evidence__link-actions">
              <button mat-button type="button" (click)="addingLink.set(false)">{{ 'UI:Cancel' | t }}</button>
              <button mat-stroked-button type="submit" data-testid="evidence-link-add">{{ 'UI:Plans.AddLink' | t }}</button>
            </div>
          </form>
        } @else if (!full()) {
          <button mat-button type="button" class="evidence__open" (click)="addingLink.set(true)" data-testid="evidence-link-open">
            <mat-icon aria-hidden="true">add_link</mat-icon>{{ 'UI:Plans.AddLink' | t }}
          </button>
        }
        @if (full()) {
          <p class="cell-secondary">{{ 'UI:Plans.EvidenceFull' | t: max }}</p>
        }
      }
    </section>
    }
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .evidence { display: flex; flex-direction: column; gap: 8px; margin-top: 8px; padding-top: 8px; border-top: 1px dashed var(--mat-sys-outline-variant); }
    .evidence__title { font: var(--mat-sys-title-small); margin: 0; }
    .evidence__open { align-self: flex-start; margin-top: 4px; }
    .evidence p { margin: 0; }
    .evidence__links { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
    .evidence__links li, .evidence__missing { display: flex; align-items: center; gap: 8px; min-width: 0; overflow-wrap: anywhere; }
    .evidence__links mat-icon, .evidence__missing mat-icon { flex: none; }
    .evidence__links a, .evidence__links span { flex: 1 1 auto; min-width: 0; }
    .evidence__link-form { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px 12px; align-items: start; }
    .evidence__link-actions { grid-column: 1 / -1; display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; }
    @media (max-width: 599.98px) {
      .evidence__link-form { grid-template-columns: minmax(0, 1fr); }
    }
  `,
})
export class PlanEvidenceEditor {
  readonly planId = input.required<string>();
  readonly evidence = input<PlanEvidence[]>([]);
  readonly editable = input(false);
  /** Folded to one "attach evidence" button while there is none (the editor's many goals and items stay short). */
  readonly compact = input(false);
  readonly evidenceChange = output<PlanEvidence[]>();

  private readonly page = inject(PlanPage);
  protected readonly ownerType = PLAN_OWNER_TYPE;
  protected readonly max = MAX_EVIDENCE;
  protected readonly addingLink = signal(false);
  protected readonly linkForm = inject(FormBuilder).nonNullable.group({
    url: ['', [Validators.required, Validators.maxLength(1000), Validators.pattern(/^https?:\/\/\S+$/i)]],
    title: ['', Validators.maxLength(500)],
  });

  protected readonly links = computed(() => this.evidence().filter((e) => e.kind !== 'File'));
  private readonly fileEntries = computed(() => this.evidence().filter((e) => e.kind === 'File' && !!e.attachmentId));
  protected readonly files = computed(() => {
    const byId = new Map(this.page.files().map((f) => [f.id, f]));
    return this.fileEntries().map((e) => byId.get(e.attachmentId!)).filter((f): f is AttachmentDto => !!f);
  });
  /** File evidence whose file is not (or no longer) there: said so, and removable. */
  protected readonly missingFiles = computed(() => {
    if (this.page.filesLoading()) return [];
    const ids = new Set(this.page.files().map((f) => f.id));
    return this.fileEntries().filter((e) => !ids.has(e.attachmentId!));
  });
  protected readonly expanded = signal(false);
  protected readonly folded = computed(() => this.compact() && this.editable() && !this.expanded() && !this.evidence().length);
  protected readonly full = computed(() => this.evidence().length >= MAX_EVIDENCE);

  protected attach(file: AttachmentDto): void {
    this.page.addFile(file);
    this.page.keepFile(file.id);
    this.evidenceChange.emit([...this.evidence(), { kind: 'File', title: file.fileName, attachmentId: file.id }]);
  }

  protected fileEntry(file: AttachmentDto): PlanEvidence {
    return this.fileEntries().find((e) => e.attachmentId === file.id) ?? { kind: 'File', attachmentId: file.id, title: file.fileName };
  }

  protected drop(entry: PlanEvidence): void {
    const rest = this.evidence().filter((e) => (entry.kind === 'File' ? e.attachmentId !== entry.attachmentId : e !== entry));
    if (entry.kind === 'File' && entry.attachmentId) this.page.releaseFile(entry.attachmentId);
    this.evidenceChange.emit(rest);
  }

  protected addLink(): void {
    this.linkForm.markAllAsTouched();
    if (this.linkForm.invalid) return;
    const { url, title } = this.linkForm.getRawValue();
    const entry: PlanEvidence = { kind: 'Link', url: url.trim(), title: (title.trim() || url.trim()).slice(0, 500) };
    this.evidenceChange.emit([...this.evidence(), entry]);
    this.linkForm.reset();
    this.addingLink.set(false);
  }
}
