import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { CourseProgrammeDto, LocalizedText } from '../api/models';
import { CourseProgrammesService, CourseRecordsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText } from './course-utils';

/**
 * `/courses/programmes/:id`: a programme's structure (modules with their hours and topics), its assessment scheme versions
 * (components with maximum and threshold, pass mark, rubrics with level labels, grade bands; the version in effect marked)
 * and the source's contradictions, shown as they are rather than resolved silently.
 */
@Component({
  selector: 'app-course-programme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, TPipe, EnumTextPipe, KDatePipe, FormBanner, NotFoundView, PageHeader],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/courses">{{ 'Menu:Courses' | t }}</a> / <a routerLink="/courses/programmes">{{ 'UI:Courses.ProgrammesTitle' | t }}</a>
    </nav>
    @if (notFound()) { <app-not-found-view /> }
    @if (programme(); as p) {
      <app-page-header [title]="p.title" [subtitle]="p.provider + ' · ' + p.field">
        @if (p.canEdit) {
          <a mat-stroked-button [routerLink]="['/courses/programmes', p.id, 'edit']" data-testid="programme-edit">{{ 'UI:Courses.EditProgramme' | t }}</a>
          <a mat-stroked-button [routerLink]="['/courses/programmes', p.id, 'schemes', 'new']" data-testid="programme-scheme-new">{{ 'UI:Courses.NewScheme' | t }}</a>
        }
        <button mat-flat-button type="button" (click)="request(p)" [disabled]="busy()" data-testid="programme-request">{{ 'UI:Courses.Request' | t }}</button>
      </app-page-header>
      <app-form-banner [messages]="errors()" />
      @if (p.discrepancies.length) {
        <section class="surface discrepancies" data-testid="programme-discrepancies" [attr.aria-label]="'UI:Courses.Discrepancies' | t">
          <h2>{{ 'UI:Courses.Discrepancies' | t }}</h2>
          <p class="cell-secondary">{{ 'UI:Courses.DiscrepanciesHint' | t }}</p>
          <ul>@for (d of p.discrepancies; track d.topic) { <li data-testid="programme-discrepancy">{{ text(d.text) }} <span class="cell-secondary">({{ d.source }})</span></li> }</ul>
        </section>
      }
      <section class="surface">
        <p>{{ 'UI:Courses.HoursShort' | t: p.hours }} · {{ p.format | enumText: 'CourseFormat' }}@if (p.formatSplit) { ({{ p.formatSplit }}) } · {{ p.languages.join(', ') }}</p>
        <h2>{{ 'UI:Courses.Modules' | t }}</h2>
        @if (p.modules.length) {
          <ol class="modules" data-testid="programme-modules">
            @for (m of p.modules; track m.number) {
              <li>{{ m.title }} — {{ 'UI:Courses.HoursShort' | t: m.hours }}
                @if (m.topics?.length) { <ul>@for (t of m.topics ?? []; track $index) { <li>{{ t.title }}@if (t.hours) { — {{ t.hours }} }</li> }</ul> }
              </li>
            }
          </ol>
          <p class="cell-secondary">{{ 'UI:Courses.ModuleTotal' | t: p.moduleHoursTotal : p.hours }}</p>
        } @else { <p class="cell-secondary">{{ 'UI:Courses.NoModules' | t }}</p> }
      </section>
      <section class="surface" data-testid="programme-schemes">
        <h2>{{ 'UI:Courses.Schemes' | t }}</h2>
        @for (s of p.schemes; track s.id) {
          <div class="scheme" [class.current]="s.inEffect">
            <h3>{{ 'UI:Courses.SchemeFrom' | t: (s.effectiveFrom | kDate) }}@if (s.inEffect) { · {{ 'UI:Courses.InEffect' | t }} }</h3>
            <table>
              <thead><tr><th>{{ 'UI:Courses.Component' | t }}</th><th>{{ 'UI:Courses.MaxPoints' | t }}</th><th>{{ 'UI:Courses.Threshold' | t }}</th></tr></thead>
              <tbody>
                @for (c of s.components; track c.key) { <tr><td>{{ c.title }}</td><td>{{ c.maxPoints }}</td><td>{{ c.threshold ?? '—' }}</td></tr> }
              </tbody>
            </table>
            <p>{{ 'UI:Courses.Total' | t: s.maxTotal }} · @if (s.passMark !== null) { {{ 'UI:Courses.PassMark' | t: s.passMark }} } @else { {{ 'UI:Courses.NoPassMark' | t }} }</p>
            @for (r of s.rubrics; track r.key) {
              <h4>{{ r.title }}</h4>
              @if (r.criteria?.length) { <ol>@for (c of r.criteria ?? []; track $index) { <li>{{ c }}</li> }</ol> }
              <p class="cell-secondary">@for (l of r.levels ?? []; track l.score) { {{ l.score }} — {{ l.label }}; }</p>
              @if (r.alternativeLevels?.length) { <p class="cell-secondary">{{ 'UI:Courses.OtherLabels' | t }}: @for (l of r.alternativeLevels ?? []; track l.score) { {{ l.score }} — {{ l.label }}; }</p> }
            }
            @if (s.gradeBands.length) {
              <p>{{ 'UI:Courses.Grades' | t }}: @for (b of s.gradeBands; track $index) { {{ b.label }} {{ b.min }}–{{ b.max }}; }</p>
            }
            @if (s.note) { <p class="cell-secondary">{{ s.note }}</p> }
          </div>
        } @empty { <p class="cell-secondary">{{ 'UI:Courses.NoSchemes' | t }}</p> }
      </section>
    }
  `,
  styles: `
    .surface { margin-bottom: 16px; padding: 16px; overflow-wrap: anywhere; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    h3 { font: var(--mat-sys-title-small); margin: 8px 0; }
    .discrepancies { border-left: 4px solid var(--mat-sys-error); }
    .scheme { border-top: 1px solid var(--mat-sys-outline-variant); padding-top: 8px; }
    .scheme.current h3 { color: var(--mat-sys-primary); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class ProgrammePage {
  readonly id = input.required<string>();
  private readonly api = inject(CourseProgrammesService);
  private readonly l = inject(LocalizationService);
  protected readonly programme = signal<CourseProgrammeDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  private readonly records = inject(CourseRecordsService);
  private readonly router = inject(Router);

  ngOnInit(): void {
    firstValueFrom(this.api.getCourseProgramme({ id: this.id() }, handlesErrors()))
      .then((p) => this.programme.set(p))
      .catch(() => this.notFound.set(true));
  }

  /** The teacher asks for this course; a deputy approves the request on the record's page. */
  protected async request(p: CourseProgrammeDto): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const record = await firstValueFrom(this.records.requestCourse({ body: { programmeId: p.id } }, handlesErrors()));
      void this.router.navigate(['/courses/records', record.id]);
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected text(t: LocalizedText | null | undefined): string {
    const c = this.l.culture();
    return (c === 'kk' ? t?.kk : c === 'ru' ? t?.ru : t?.en) ?? '';
  }
}
