import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

import { DocumentPreviewBlockDto, DocumentPreviewCellDto, DocumentPreviewDto } from '../api/models';
import { TPipe } from '../core/i18n/t.pipe';

/**
 * A printed form drawn as a page from the blocks the server read out of the template's markup (the same ones the Word
 * file is written from). Every text goes through interpolation: nothing of a school's template becomes HTML.
 */
@Component({
  selector: 'app-document-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TPipe],
  template: `
    @if (preview(); as p) {
      <div class="page" [class.page--landscape]="p.landscape" data-testid="preview-page"
           [attr.aria-label]="(p.landscape ? 'UI:Templates.PreviewLandscape' : 'UI:Templates.PreviewPortrait') | t">
        @for (b of p.blocks; track $index) {
          @switch (b.kind) {
            @case ('h1') { <p class="h1" [class]="alignOf(b)" data-testid="preview-h1">{{ b.text }}</p> }
            @case ('h2') { <p class="h2" [class]="alignOf(b)">{{ b.text }}</p> }
            @case ('p') { <p class="p" [class]="alignOf(b)" [class.bold]="b.bold" [class.italic]="b.italic">{{ b.text }}</p> }
            @case ('table') {
              <table data-testid="preview-table">
                @if (b.widths?.length) {
                  <colgroup>
                    @for (w of shares(b); track $index) { <col [style.width.%]="w" /> }
                  </colgroup>
                }
                @for (r of b.rows ?? []; track $index) {
                  <tr [class.header]="r.header">
                    @for (c of r.cells; track $index) {
                      <td [attr.colspan]="span(c)" [class]="c.align ? 'align-' + c.align : ''"
                          [class.bold]="c.bold || r.header" [class.italic]="c.italic">{{ c.text }}</td>
                    }
                  </tr>
                }
              </table>
            }
            @case ('signature') { <p class="signature" data-testid="preview-signature">{{ b.text }}: ______________________ {{ b.name }}</p> }
            @case ('pagebreak') { <hr class="pagebreak" [attr.aria-label]="'UI:Templates.PageBreak' | t" /> }
            @case ('image') {
              <div class="image"><mat-icon aria-hidden="true">image</mat-icon>{{ b.text || ('UI:Templates.Picture' | t) }}</div>
            }
          }
        }
      </div>
    }
  `,
  styles: `
    :host { display: block; overflow: auto; }
    .page {
      background: #fff; color: #000; font-family: 'Times New Roman', 'DejaVu Serif', serif; font-size: 11px; line-height: 1.25;
      padding: 28px 16px 28px 28px; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); min-width: 280px; box-sizing: border-box;
      aspect-ratio: 210 / 297; /* the page's shape, or taller when the text runs on */
    }
    .page--landscape { aspect-ratio: 297 / 210; }
    p { margin: 0 0 6px; white-space: pre-line; overflow-wrap: anywhere; }
    .h1 { font-weight: 700; font-size: 14px; text-align: center; }
    .h2 { font-weight: 700; font-size: 12px; }
    .bold { font-weight: 700; }
    .italic { font-style: italic; }
    .align-center { text-align: center; }
    .align-right { text-align: right; }
    .align-left { text-align: left; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 6px; }
    td { border: 1px solid #000; padding: 1px 3px; vertical-align: top; white-space: pre-line; overflow-wrap: anywhere; }
    tr.header td { text-align: center; }
    .signature { margin-top: 12px; }
    .pagebreak { border: 0; border-top: 1px dashed #888; margin: 10px 0; }
    .image { display: flex; align-items: center; gap: 4px; justify-content: center; border: 1px dashed #888; padding: 16px; margin: 0 0 6px; color: #555; }
  `,
})
export class DocumentPreview {
  readonly preview = input<DocumentPreviewDto | null>(null);

  protected alignOf(b: DocumentPreviewBlockDto): string {
    return b.align ? `align-${b.align}` : '';
  }

  protected span(c: DocumentPreviewCellDto): number | null {
    return Number(c.colspan) > 1 ? Number(c.colspan) : null;
  }

  /** Column widths as shares of 100, as Word divides the page's text width. */
  protected shares(b: DocumentPreviewBlockDto): number[] {
    const widths = (b.widths ?? []).map(Number);
    const total = widths.reduce((s, w) => s + w, 0) || 1;
    return widths.map((w) => (100 * w) / total);
  }
}
