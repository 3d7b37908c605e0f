import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';

import { ApiConfiguration } from '../api/api-configuration';
import { IFormFile, LearnerResultImportProblemDto, LearnerResultRow } from '../api/models';
import { GrowthCyclesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';

/**
 * Learner results from an XLSX/CSV file (class, subject, indicator, before, after), read by the server's one parser
 * (`LearnerResultImportService` behind `parseLearnerResults`): the button, the template in the reader's language, how many rows
 * were read and the rows it could not read. Nothing is saved here: the rows go to the form that holds them (a growth-cycle
 * artefact, an Action Research data item).
 */
@Component({
  selector: 'app-learner-results-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TPipe],
  template: `
    <div class="import-actions">
      <input #learnerFile type="file" accept=".xlsx,.csv" class="visually-hidden" (change)="read(learnerFile)"
             data-testid="learner-import-file" [attr.aria-label]="'UI:Growth.ImportLearnerResults' | t" />
      <button mat-stroked-button type="button" (click)="learnerFile.click()" [disabled]="importing()" data-testid="learner-import">
        <mat-icon aria-hidden="true">upload_file</mat-icon>{{ 'UI:Growth.ImportLearnerResults' | t }}
      </button>
      <a mat-button [href]="templateUrl()" download data-testid="learner-template">
        <mat-icon aria-hidden="true">download</mat-icon>{{ 'UI:Growth.LearnerTemplate' | t }}
      </a>
    </div>
    <p class="cell-secondary">{{ 'UI:Growth.ImportHint' | t }}</p>
    @if (message(); as m) {
      <p role="status" data-testid="learner-import-message">{{ m }}</p>
    }
    @if (problems().length) {
      <ul class="import-problems" role="alert" data-testid="learner-import-problems">
        @for (p of problems(); track $index) {
          <li>{{ 'UI:Growth.ImportProblemRow' | t: p.row }}@if (p.column) { · {{ p.column }}}: {{ p.message }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host { display: block; }
    .import-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .import-problems { color: var(--mat-sys-error); margin: 4px 0 8px; padding-left: 20px; font: var(--mat-sys-body-medium); overflow-wrap: anywhere; }
  `,
})
export class LearnerResultsImport {
  /** The rows read from the file (the problems are shown here). */
  readonly imported = output<LearnerResultRow[]>();
  private readonly api = inject(GrowthCyclesService);
  private readonly l = inject(LocalizationService);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  protected readonly importing = signal(false);
  protected readonly problems = signal<LearnerResultImportProblemDto[]>([]);
  protected readonly message = signal<string | null>(null);
  protected readonly templateUrl = computed(() => `${this.rootUrl}${GrowthCyclesService.GetLearnerResultTemplatePath}?culture=${this.l.culture()}`);

  protected async read(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file || this.importing()) return;
    this.importing.set(true);
    this.problems.set([]);
    this.message.set(null);
    try {
      const result = await firstValueFrom(this.api.parseLearnerResults({ body: { file: file as unknown as IFormFile } }, handlesErrors()));
      this.imported.emit(result.rows);
      this.problems.set(result.problems);
      this.message.set(this.l.t('UI:Growth.ImportedRows', result.rows.length));
    } catch (e) {
      this.message.set(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.importing.set(false);
    }
  }
}
