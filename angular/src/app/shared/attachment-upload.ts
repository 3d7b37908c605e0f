import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Subscription } from 'rxjs';

import { AttachmentDto } from '../api/models';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { AttachmentClient, fileIcon, fileKind, fileSize } from './attachments';

interface Upload {
  key: number;
  name: string;
  size: number;
  percent: number;
  subscription?: Subscription;
}

let nextKey = 0;

/** What the server takes (it checks the content, not the name): the picker offers these first. */
const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.jpg,.jpeg,.png,.txt,application/pdf,image/jpeg,image/png,text/plain';

/**
 * Files of one record: the list (name, size, type, a download link, remove) and, when editable, a drop zone with a file
 * picker; each upload shows its progress and the server's refusal (type, size, the school's quota) in the user's language.
 * The parent decides which files are listed (`files`) and what an upload or a removal means for its record:
 *
 * ```html
 * <app-attachment-upload ownerType="DevelopmentPlan" [ownerId]="plan.id" [files]="files()"
 *                        (uploaded)="add($event)" (removed)="drop($event)" />
 * ```
 * With `deleteOnRemove` the component deletes the file on the server before it reports `removed`; without it (a record that
 * saves its links to files later), `removed` only asks the parent to let go of the file.
 */
@Component({
  selector: 'app-attachment-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TPipe],
  template: `
    <div class="attachments" [attr.data-testid]="testId()">
      @if (files().length) {
        <ul class="attachments__list" [attr.aria-label]="label() || ('UI:Files.Title' | t)">
          @for (f of files(); track f.id) {
            <li class="attachments__file" data-testid="attachment">
              <mat-icon class="attachments__icon" aria-hidden="true">{{ icon(f.contentType) }}</mat-icon>
              <span class="attachments__text">
                <a class="attachments__name" [href]="url(f.id)" download data-testid="attachment-download"
                   [attr.aria-label]="'UI:Files.DownloadNamed' | t: f.fileName">{{ f.fileName }}</a>
                <span class="cell-secondary" data-testid="attachment-meta">{{ sizeText(f.size) }}@if (kindText(f.contentType); as k) { · {{ k }}}</span>
              </span>
              <a mat-icon-button [href]="url(f.id)" download tabindex="-1" aria-hidden="true">
                <mat-icon>download</mat-icon>
              </a>
              @if (editable()) {
                <button mat-icon-button type="button" (click)="remove(f)" [disabled]="removing() === f.id"
                        [attr.aria-label]="'UI:Files.RemoveNamed' | t: f.fileName" data-testid="attachment-remove">
                  <mat-icon>delete</mat-icon>
                </button>
              }
            </li>
          }
        </ul>
      }

      @for (u of uploads(); track u.key) {
        <div class="attachments__upload" role="status" data-testid="attachment-uploading">
          <span class="attachments__text">
            <span class="attachments__name">{{ u.name }}</span>
            <span class="cell-secondary">{{ 'UI:Files.Uploading' | t: u.percent }} · {{ sizeText(u.size) }}</span>
            <mat-progress-bar mode="determinate" [value]="u.percent" [attr.aria-label]="'UI:Files.UploadingNamed' | t: u.name" />
          </span>
          <button mat-icon-button type="button" (click)="cancel(u)" [attr.aria-label]="'UI:Files.CancelNamed' | t: u.name">
            <mat-icon>close</mat-icon>
          </button>
        </div>
      }

      @if (errors().length) {
        <div class="banner banner--error attachments__error" role="alert" data-testid="attachment-error">
          <mat-icon aria-hidden="true">error_outline</mat-icon>
          <div>
            @for (e of errors(); track $index) {
              <p>{{ e }}</p>
            }
          </div>
          <button mat-icon-button type="button" (click)="errors.set([])" [attr.aria-label]="'UI:Close' | t"><mat-icon>close</mat-icon></button>
        </div>
      }

      @if (editable()) {
        @if (canAdd()) {
          <div class="attachments__drop" [class.attachments__drop--over]="dragging()" (dragover)="onDragOver($event)"
               (dragleave)="dragging.set(false)" (drop)="onDrop($event)" data-testid="attachment-drop">
            <mat-icon class="attachments__drop-icon" aria-hidden="true">upload_file</mat-icon>
            <div class="attachments__drop-text">
              @if (!files().length && !uploads().length) {
                <p class="attachments__empty" data-testid="attachments-empty">{{ emptyText() || ('UI:Files.Empty' | t) }}</p>
              }
              <p class="cell-secondary attachments__drop-hint">{{ 'UI:Files.DropHint' | t }}</p>
              <p class="cell-secondary">{{ 'UI:Files.Allowed' | t: maxMegabytes() }}</p>
            </div>
            <button mat-stroked-button type="button" (click)="picker.click()" data-testid="attachment-pick">
              <mat-icon aria-hidden="true">attach_file</mat-icon>{{ 'UI:Files.Choose' | t }}
            </button>
            <input #picker class="visually-hidden" type="file" [accept]="accept" [multiple]="multiple()" tabindex="-1" aria-hidden="true"
                   [attr.aria-label]="'UI:Files.Choose' | t" (change)="onPicked(picker)" data-testid="attachment-input" />
          </div>
        }
      } @else if (!files().length) {
        <p class="cell-secondary" data-testid="attachments-empty">{{ emptyText() || ('UI:Files.None' | t) }}</p>
      }
    </div>
  `,
  styles: `
    :host { display: block; min-width: 0; }
    .attachments { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
    .attachments__list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
    .attachments__file, .attachments__upload {
      display: flex; align-items: center; gap: 8px; min-width: 0; padding: 4px 4px 4px 8px;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px;
    }
    .attachments__icon { flex: none; color: var(--mat-sys-on-surface-variant); }
    .attachments__text { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; gap: 2px; }
    .attachments__name { overflow-wrap: anywhere; font: var(--mat-sys-body-medium); }
    a.attachments__name { color: var(--mat-sys-primary); }
    .attachments__error { margin: 0; }
    .attachments__drop {
      display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 12px;
      border: 2px dashed var(--mat-sys-outline-variant); border-radius: 12px; min-width: 0;
    }
    .attachments__drop--over { border-color: var(--mat-sys-primary); background: var(--mat-sys-primary-container); }
    .attachments__drop-icon { flex: none; color: var(--mat-sys-on-surface-variant); }
    .attachments__drop-text { flex: 1 1 180px; min-width: 0; }
    .attachments__drop-text p { margin: 0; overflow-wrap: anywhere; }
    .attachments__empty { font: var(--mat-sys-body-medium); }
    /* Phones and tablets have nothing to drag: the button is the way. */
    @media (hover: none) {
      .attachments__drop-hint { display: none; }
    }
  `,
})
export class AttachmentUpload {
  /** The record the files belong to: its type as the server names it (`DevelopmentPlan`) and its id. */
  readonly ownerType = input.required<string>();
  readonly ownerId = input.required<string>();
  /** The files to list. */
  readonly files = input<AttachmentDto[]>([]);
  readonly editable = input(true);
  readonly multiple = input(true);
  /** At most this many files (the drop zone hides when reached); null: no limit here. */
  readonly maxFiles = input<number | null>(null);
  /** The size limit told to the user (the server's default); the server's own answer is shown when it refuses. */
  readonly maxMegabytes = input(10);
  /** Delete on the server before reporting `removed`. */
  readonly deleteOnRemove = input(false);
  /** The list's accessible name and the empty state's text (defaults: "Files", "No files attached yet"). */
  readonly label = input('');
  readonly emptyText = input('');
  readonly testId = input('attachments');

  readonly uploaded = output<AttachmentDto>();
  readonly removed = output<AttachmentDto>();

  private readonly client = inject(AttachmentClient);
  private readonly l = inject(LocalizationService);

  protected readonly accept = ACCEPT;
  protected readonly uploads = signal<Upload[]>([]);
  protected readonly errors = signal<string[]>([]);
  protected readonly dragging = signal(false);
  protected readonly removing = signal<string | null>(null);
  protected readonly canAdd = computed(() => {
    const max = this.maxFiles();
    return max === null || this.files().length + this.uploads().length < max;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.uploads().forEach((u) => u.subscription?.unsubscribe()));
  }

  protected url(id: string): string {
    return this.client.downloadUrl(id);
  }

  protected icon(contentType: string): string {
    return fileIcon(contentType);
  }

  protected kindText(contentType: string): string {
    return fileKind(contentType) || (contentType.startsWith('text/') ? this.l.t('UI:Files.KindText') : '');
  }

  protected sizeText(bytes: number | string): string {
    const s = fileSize(bytes, this.l.culture());
    return this.l.t(s.key, s.value);
  }

  protected onDragOver(e: DragEvent): void {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging.set(false);
    this.add([...(e.dataTransfer?.files ?? [])]);
  }

  protected onPicked(picker: HTMLInputElement): void {
    this.add([...(picker.files ?? [])]);
    picker.value = '';
  }

  /** Uploads the files (one at a time in a drop without `multiple`; at most `maxFiles` in all). */
  add(files: File[]): void {
    this.errors.set([]);
    const max = this.maxFiles();
    let room = max === null ? Infinity : max - this.files().length - this.uploads().length;
    for (const file of this.multiple() ? files : files.slice(0, 1)) {
      if (room-- <= 0) break;
      this.start(file);
    }
  }

  protected cancel(u: Upload): void {
    u.subscription?.unsubscribe();
    this.uploads.update((list) => list.filter((x) => x.key !== u.key));
  }

  protected remove(f: AttachmentDto): void {
    if (!this.deleteOnRemove()) {
      this.removed.emit(f);
      return;
    }
    this.removing.set(f.id);
    this.errors.set([]);
    this.client.remove(f.id).subscribe({
      next: () => {
        this.removing.set(null);
        this.removed.emit(f);
      },
      error: (e: unknown) => {
        this.removing.set(null);
        this.errors.set([this.l.t('UI:Files.RemoveFailed', f.fileName, problemMessage(toProblem(e), (k) => this.l.t(k)))]);
      },
    });
  }

  private start(file: File): void {
    const upload: Upload = { key: nextKey++, name: file.name, size: file.size, percent: 0 };
    this.uploads.update((list) => [...list, upload]);
    const update = (percent: number) => this.uploads.update((list) => list.map((u) => (u.key === upload.key ? { ...u, percent } : u)));
    const done = () => this.uploads.update((list) => list.filter((u) => u.key !== upload.key));
    upload.subscription = this.client.upload(this.ownerType(), this.ownerId(), file).subscribe({
      next: (step) => {
        if (step.file) {
          done();
          this.uploaded.emit(step.file);
        } else {
          update(step.percent);
        }
      },
      error: (e: unknown) => {
        done();
        this.errors.update((list) => [...list, this.l.t('UI:Files.UploadFailed', file.name, this.problemText(e, file))]);
      },
    });
  }

  /** The server's message (already in the user's language); a refused oversized body may arrive as a dropped connection. */
  private problemText(e: unknown, file: File): string {
    const problem = toProblem(e);
    const tooLarge = file.size > this.maxMegabytes() * 1024 * 1024;
    if (problem.status === 413 || (tooLarge && problem.status <= 0)) return this.l.t('UI:Files.TooLarge', this.maxMegabytes());
    const field = Object.values(problem.errors).flat()[0];
    return field ?? problemMessage(problem, (k) => this.l.t(k));
  }
}
