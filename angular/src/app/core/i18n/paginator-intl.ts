import { Injectable, effect, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

import { LocalizationService } from './localization.service';

/** Paginator texts from the backend's localization, refreshed on a language switch. */
@Injectable()
export class LocalizedPaginatorIntl extends MatPaginatorIntl {
  private readonly l = inject(LocalizationService);

  constructor() {
    super();
    effect(() => {
      this.itemsPerPageLabel = this.l.t('UI:Paging.ItemsPerPage');
      this.nextPageLabel = this.l.t('UI:Paging.Next');
      this.previousPageLabel = this.l.t('UI:Paging.Previous');
      this.firstPageLabel = this.l.t('UI:Paging.First');
      this.lastPageLabel = this.l.t('UI:Paging.Last');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return this.l.t('UI:Paging.Empty');
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.l.t('UI:Paging.Range', from, to, length);
  };
}
