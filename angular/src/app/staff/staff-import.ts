import { HttpClient, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { StaffImportResultDto } from '../api/models';
import { RequestBuilder } from '../api/request-builder';
import { StaffService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { ProblemRow, problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { QUALIFICATION_CATEGORY } from '../api/models/qualification-category-array';
import { PageHeader } from '../shared/page-header';

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPTED = ['.xlsx', '.csv'];

type Phase = 'idle' | 'uploading' | 'processing' | 'done' | 'failed';

/**
 * `/staff/import`: upload an XLSX or CSV file. The server checks every row and writes nothing when any row is bad;
 * the page then shows a per-row error report. Uses the generated client's request builder and path, with upload progress.
 */
@Component({
  selector: 'app-staff-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, RouterLink, TPipe, EnumTextPipe, PageHeader],
  templateUrl: './staff-import.html',
  styleUrl: './staff-import.scss',
})
export class StaffImport {
  /** The template's columns in order, with what each takes and an example in the reader's language (the server reads all three). */
  protected readonly helpColumns = HELP_COLUMNS;
  protected readonly categories = QUALIFICATION_CATEGORY;

  private readonly http = inject(HttpClient);
  private readonly apiConfig = inject(ApiConfiguration);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly phase = signal<Phase>('idle');
  protected readonly progress = signal(0);
  protected readonly imported = signal<number | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly rows = signal<ProblemRow[]>([]);
  protected readonly dragOver = signal(false);
  protected readonly busy = computed(() => this.phase() === 'uploading' || this.phase() === 'processing');
  protected readonly badRowCount = computed(() => new Set(this.rows().map((r) => r.row)).size);
  protected readonly columns = ['row', 'column', 'message'];
  protected readonly accept = ACCEPTED.join(',');
  protected readonly templateXlsx = `${this.apiConfig.rootUrl}${StaffService.GetStaffImportTemplatePath}?format=xlsx`;
  protected readonly templateCsv = `${this.apiConfig.rootUrl}${StaffService.GetStaffImportTemplatePath}?format=csv`;
  private upload?: Subscription;

  protected onFileInput(input: HTMLInputElement): void {
    this.choose(input.files?.[0] ?? null);
    input.value = '';
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver.set(false);
    if (!this.busy()) this.choose(event.dataTransfer?.files?.[0] ?? null);
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragOver.set(true);
  }

  private choose(file: File | null): void {
    this.reset();
    if (!file) return;
    const lower = file.name.toLowerCase();
    if (!ACCEPTED.some((ext) => lower.endsWith(ext))) {
      this.fileError.set(this.l.t('UI:Import.WrongType'));
      return;
    }
    if (file.size > MAX_BYTES) {
      this.fileError.set(this.l.t('UI:Import.TooLarge', 5));
      return;
    }
    this.file.set(file);
  }

  protected reset(): void {
    this.upload?.unsubscribe();
    this.file.set(null);
    this.fileError.set(null);
    this.phase.set('idle');
    this.progress.set(0);
    this.imported.set(null);
    this.failure.set(null);
    this.rows.set([]);
  }

  protected start(): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.phase.set('uploading');
    this.progress.set(0);
    this.failure.set(null);
    this.rows.set([]);
    const rb = new RequestBuilder(this.apiConfig.rootUrl, StaffService.ImportStaffPath, 'post');
    rb.body({ file }, 'multipart/form-data');
    const request = rb.build<StaffImportResultDto>({ responseType: 'json', accept: 'application/json', reportProgress: true, context: handlesErrors() });
    this.upload = this.http
      .request<StaffImportResultDto>(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
            this.progress.set(percent);
            if (event.total && event.loaded >= event.total) this.phase.set('processing');
          } else if (event.type === HttpEventType.Response) {
            this.progress.set(100);
            this.imported.set(Number(event.body?.importedCount ?? 0));
            this.phase.set('done');
            this.focusResult();
          }
        },
        error: (e: unknown) => {
          const problem = toProblem(e);
          this.rows.set([...problem.rows].sort((a, b) => Number(a.row) - Number(b.row)));
          this.failure.set(problemMessage(problem, (k) => this.l.t(k)));
          this.phase.set('failed');
          this.focusResult();
        },
      });
  }

  protected formatSize(bytes: number): string {
    return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  private focusResult(): void {
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid="import-result"]')?.focus());
  }
}

/** The staff import's columns (StaffImportColumns on the server), required ones first as the template has them. */
const HELP_COLUMNS: { column: string; required: boolean; example: boolean }[] = [
  { column: 'FullName', required: true, example: true },
  { column: 'Position', required: true, example: true },
  { column: 'Subjects', required: false, example: true },
  { column: 'HireDate', required: true, example: true },
  { column: 'TotalExperienceYears', required: false, example: true },
  { column: 'TeachingExperienceYears', required: false, example: true },
  { column: 'Category', required: true, example: true },
  { column: 'CategoryAssignedOn', required: false, example: true },
  { column: 'IsYoungSpecialist', required: false, example: true },
  { column: 'MethodologicalAssociation', required: false, example: false },
  { column: 'Email', required: false, example: true },
  { column: 'Phone', required: false, example: true },
  { column: 'IsAdministration', required: false, example: true },
];
