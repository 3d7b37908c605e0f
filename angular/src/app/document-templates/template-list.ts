import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { DocumentTemplateDto } from '../api/models';
import { DocumentTemplatesService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

/** `/document-templates`: the printed forms (kk and ru) and whether the school uses its own wording. */
@Component({
  selector: 'app-template-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, TPipe, KDatePipe, PageHeader, FormBanner],
  template: `
    <app-page-header [title]="'Menu:DocumentTemplates' | t" [subtitle]="'UI:Templates.Subtitle' | t" />
    <section class="surface list-panel">
      <app-form-banner [messages]="error()" />
      <div class="table-wrap">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" />
        }
        <table mat-table [dataSource]="items()" data-testid="template-table">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ 'DisplayName:Name' | t }}</th>
            <td mat-cell *matCellDef="let x">
              <a class="row-link" [routerLink]="['/document-templates', x.name, x.culture]">{{ x.displayName }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="culture">
            <th mat-header-cell *matHeaderCellDef>{{ 'UI:Templates.Language' | t }}</th>
            <td mat-cell *matCellDef="let x">{{ 'UI:Templates.Language.' + x.culture | t }}</td>
          </ng-container>
          <ng-container matColumnDef="state">
            <th mat-header-cell *matHeaderCellDef>{{ 'UI:Templates.State' | t }}</th>
            <td mat-cell *matCellDef="let x">
              @if (x.isCustomized) {
                <span class="chip" data-testid="template-customized">{{ 'UI:Templates.Customized' | t }}</span>
                <span class="cell-secondary">{{ x.lastModificationTime | kDate }}</span>
              } @else {
                <span class="cell-secondary">{{ 'UI:Templates.Default' | t }}</span>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let x; columns: columns"></tr>
          <tr class="mat-mdc-row" *matNoDataRow>
            <td class="table-empty" [attr.colspan]="columns.length">
              @if (!loading()) {
                {{ 'UI:Templates.Empty' | t }}
              }
            </td>
          </tr>
        </table>
      </div>
    </section>
  `,
})
export class TemplateList {
  private readonly api = inject(DocumentTemplatesService);
  private readonly l = inject(LocalizationService);
  protected readonly columns = ['name', 'culture', 'state'];
  protected readonly items = signal<DocumentTemplateDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string[]>([]);

  constructor() {
    this.api.getDocumentTemplateList(undefined, handlesErrors()).subscribe({
      next: (items) => {
        this.items.set(items);
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.error.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
        this.loading.set(false);
      },
    });
  }
}
