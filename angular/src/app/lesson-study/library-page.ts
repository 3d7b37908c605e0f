import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { PracticeLibraryItemDto, PracticeLibraryListItemDto } from '../api/models';
import { ActionResearchService, LessonStudyService, PracticeLibraryService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { PageQuery, PagedList } from '../core/lists/paged-list';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FilterBar, countSet } from '../shared/filter-bar';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';

interface LibraryQuery extends PageQuery {
  filter: string;
  subject: string;
  grade: string;
  scope: string;
}

/**
 * `/lesson-study/library`: the school's library of practice, or every school's shared catalogue; search by subject, grade, theme.
 * Its source's lead (facilitator, owner), its publisher while still reading the source, or the library's keeper (PracticeLibrary.Manage)
 * takes an item out here too (`canUnpublish` on the row), through its source's unpublish (the Lesson Study group or the action research
 * project), after a confirmation.
 */
@Component({
  selector: 'app-practice-library',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, TPipe, EnumTextPipe,
    KDatePipe, FilterBar, FormBanner, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t"><a routerLink="/lesson-study">{{ 'Menu:LessonStudy' | t }}</a></nav>
    <app-page-header [title]="'UI:LessonStudy.LibraryTitle' | t" [subtitle]="'UI:LessonStudy.LibraryHint' | t" />
    <section class="surface list-panel">
      <app-filter-bar [formGroup]="filters" [activeCount]="activeFilterCount()" [canClear]="hasFilters()" (clear)="filters.patchValue({ filter: '', subject: '', grade: '' })">
        <mat-button-toggle-group formControlName="scope" [attr.aria-label]="'UI:LessonStudy.LibraryTitle' | t">
          <mat-button-toggle value="school">{{ 'UI:LessonStudy.OurSchool' | t }}</mat-button-toggle>
          <mat-button-toggle value="shared" data-testid="ls-library-shared">{{ 'UI:LessonStudy.AllSchools' | t }}</mat-button-toggle>
        </mat-button-toggle-group>
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.SearchTheme' | t }}</mat-label><input matInput formControlName="filter" data-testid="ls-library-filter" /></mat-form-field>
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.Subject' | t }}</mat-label><input matInput formControlName="subject" /></mat-form-field>
        <mat-form-field><mat-label>{{ 'UI:LessonStudy.Grade' | t }}</mat-label><input matInput type="number" min="0" max="12" formControlName="grade" /></mat-form-field>
      </app-filter-bar>
      <app-form-banner [messages]="list.error()" />
      @if (list.loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
      <ul class="rows" data-testid="ls-library-list">
        @for (i of list.items(); track i.id) {
          <li>
            <button type="button" class="link" (click)="open(i)" data-testid="ls-library-item">
              <strong>{{ i.title }}</strong>
              <span class="cell-secondary"><span class="chip">{{ i.sourceKind | enumText: 'PracticeSourceKind' }}</span>
                @if (i.subject) { {{ i.subject }} · } @if (i.grade != null) { {{ 'UI:LessonStudy.GradeN' | t: i.grade }} · } {{ i.publishedAt | kDate }}
                @if (i.schoolName) { · {{ i.schoolName }} }</span>
              <span class="cell-secondary">{{ i.researchQuestion }}</span>
            </button>
            @if (selected()?.id === i.id) {
              <div class="detail" data-testid="ls-library-detail">
                <h3>{{ 'UI:LessonStudy.Context' | t }}</h3><p>{{ selected()!.context }}</p>
                <h3>{{ 'UI:LessonStudy.Method' | t }}</h3><p>{{ selected()!.method }}</p>
                <h3>{{ 'UI:LessonStudy.Conclusions' | t }}</h3><p>{{ selected()!.conclusions }}</p>
                <h3>{{ 'UI:LessonStudy.ChangesInPractice' | t }}</h3><p>{{ selected()!.changesInPractice }}</p>
                <p class="cell-secondary">{{ 'UI:LessonStudy.Authors' | t }}: {{ selected()!.authors }}</p>
              </div>
            }
            @if (i.canUnpublish) {
              <div class="item-actions">
                <button mat-stroked-button type="button" (click)="unpublish(i)" [disabled]="busy()" data-testid="ls-library-unpublish">{{ 'UI:LessonStudy.Unpublish' | t }}</button>
              </div>
            }
          </li>
        } @empty {
          @if (!list.loading()) { <li class="table-empty" data-testid="ls-library-empty">{{ (hasFilters() ? 'UI:NothingFound' : 'UI:LessonStudy.LibraryEmpty') | t }}</li> }
        }
      </ul>
      <mat-paginator [length]="list.total()" [pageIndex]="list.query().page" [pageSize]="list.query().size" [pageSizeOptions]="list.pageSizes"
                     (page)="list.onPage($event)" [showFirstLastButtons]="true" />
    </section>
  `,
  styles: `
    .rows { list-style: none; margin: 0; padding: 0 16px; } .rows li { border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .link { all: unset; cursor: pointer; display: flex; flex-direction: column; gap: 2px; padding: 10px 0; width: 100%; overflow-wrap: anywhere; }
    .item-actions { display: flex; justify-content: flex-end; padding: 0 0 10px; }
    .detail { padding: 0 0 12px; white-space: pre-line; } .detail h3 { margin: 8px 0 2px; font-size: 1rem; } .chip { margin-right: 6px; }
  `,
})
export class LibraryPage {
  private readonly api = inject(PracticeLibraryService);
  private readonly lessonStudy = inject(LessonStudyService);
  private readonly actionResearch = inject(ActionResearchService);
  private readonly confirm = inject(ConfirmService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly busy = signal(false);
  protected readonly selected = signal<PracticeLibraryItemDto | null>(null);
  protected readonly filters = inject(FormBuilder).nonNullable.group({ filter: '', subject: '', grade: '', scope: 'school' });
  protected readonly list = new PagedList<LibraryQuery, PracticeLibraryListItemDto>(
    (p, paging) => ({ ...paging, filter: p.get('filter') ?? '', subject: p.get('subject') ?? '', grade: p.get('grade') ?? '', scope: p.get('scope') === 'shared' ? 'shared' : 'school' }),
    {
      toParams: (q) => ({ filter: q.filter || null, subject: q.subject || null, grade: q.grade || null, scope: q.scope === 'shared' ? 'shared' : null }),
      load: (q, paging) => {
        const params = { ...paging, filter: q.filter || undefined, subject: q.subject || undefined, grade: q.grade === '' ? undefined : Number(q.grade) };
        return q.scope === 'shared' ? this.api.getSharedPracticeLibraryList(params, handlesErrors()) : this.api.getPracticeLibraryList(params, handlesErrors());
      },
    },
  );
  protected readonly hasFilters = computed(() => !!(this.list.query().filter || this.list.query().subject || this.list.query().grade));
  protected readonly activeFilterCount = computed(() => countSet(this.list.query(), 'page', 'size', 'scope'));

  constructor() {
    const q = this.list.query();
    this.filters.setValue({ filter: q.filter, subject: q.subject, grade: q.grade, scope: q.scope }, { emitEvent: false });
    this.list.follow(this.filters, (v, cur) => ({ ...cur, ...v, grade: `${v.grade ?? ''}` }));
    this.list.start();
  }

  protected async open(item: PracticeLibraryListItemDto): Promise<void> {
    if (this.selected()?.id === item.id) return this.selected.set(null);
    const shared = this.list.query().scope === 'shared';
    this.selected.set(await firstValueFrom(shared
      ? this.api.getSharedPracticeLibraryItem({ id: item.id }, handlesErrors())
      : this.api.getPracticeLibraryItem({ id: item.id }, handlesErrors())));
  }

  /** Takes an item out of the school's library and the shared catalogue (its source stays; its authors may publish it again). */
  protected async unpublish(item: PracticeLibraryListItemDto): Promise<void> {
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:LessonStudy.UnpublishConfirmTitle'),
      message: this.l.t('UI:LessonStudy.UnpublishConfirmMessage', item.title),
      confirm: this.l.t('UI:LessonStudy.Unpublish'),
      danger: true,
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      const id = item.sourceId;
      await firstValueFrom<unknown>(item.sourceKind === 'ActionResearch'
        ? this.actionResearch.unpublishActionResearchProject({ id }, handlesErrors())
        : this.lessonStudy.unpublishLessonStudy({ id }, handlesErrors()));
      if (this.selected()?.id === item.id) this.selected.set(null);
      this.notify.success(this.l.t('UI:LessonStudy.UnpublishedFromLibrary', item.title));
      this.list.reload();
    } catch (e) {
      this.notify.error(problemMessage(toProblem(e), (k) => this.l.t(k)));
    } finally {
      this.busy.set(false);
    }
  }
}
