import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormGroupDirective, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';

import { MentoringMeetingDto, MentoringNextStepDto, MentoringStepOwner } from '../api/models';
import { LessonObservationListItemDto } from '../api/models';
import { LessonObservationsService, MentoringService } from '../api/services';
import { AppConfigService } from '../core/config/app-config.service';
import { Permissions } from '../core/config/permissions';
import { handlesErrors } from '../core/http/http-context';
import { toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { ConfirmService } from '../shared/confirm-dialog';
import { KDatePipe } from '../shared/date.pipe';
import { FieldError } from '../shared/field-error';
import { FormBanner } from '../shared/form-banner';
import { NotFoundView } from '../shared/not-found';
import { PageHeader } from '../shared/page-header';
import { errorText } from './mentoring-utils';
import { NoteEditor } from './note-editor';
import { DATE_FIELD } from '../core/i18n/date-adapter';
import { SchoolTimePipe } from './school-zone';

/**
 * `/mentoring/meetings/:id`: the meeting as it happens, on a phone: the previous meeting's summary on top, the agenda with
 * checkboxes, the shared note and the caller's private note (saved as typed), next steps, "held", and the mentee's feedback.
 */
@Component({
  selector: 'app-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SchoolTimePipe, 
    ...DATE_FIELD,
    FormsModule, ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule, MatSelectModule, TPipe, EnumTextPipe, KDatePipe, FieldError, FormBanner, NotFoundView, PageHeader, NoteEditor,
  ],
  templateUrl: './meeting-page.html',
  styles: `
    .surface { margin-bottom: 16px; }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 8px; }
    .meta span { display: inline-flex; align-items: center; gap: 4px; overflow-wrap: anywhere; }
    .meta mat-icon { font-size: 18px; width: 18px; height: 18px; }
    .agenda, .steps { list-style: none; margin: 0 0 8px; padding: 0; }
    .agenda li, .steps li { display: flex; align-items: center; gap: 4px; border-bottom: 1px solid var(--mat-sys-outline-variant); min-height: 48px; }
    .agenda li > :first-child, .steps li > :first-child { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
    .done-text { text-decoration: line-through; color: var(--mat-sys-on-surface-variant); }
    .add-row { display: flex; gap: 8px; align-items: flex-start; flex-wrap: wrap; }
    .add-row mat-form-field { flex: 1 1 200px; }
    .previous { background: var(--mat-sys-surface-container-low); }
    .previous pre { white-space: pre-wrap; overflow-wrap: anywhere; font: var(--mat-sys-body-medium); margin: 0; }
    .stars { display: flex; gap: 4px; flex-wrap: wrap; margin: 8px 0; }
    .stars button { min-width: 48px; }
    .notes { display: grid; grid-template-columns: 1fr; gap: 8px; }
    @media (min-width: 960px) { .notes { grid-template-columns: 1fr 1fr; gap: 24px; } }
  `,
})
export class MeetingPage {
  readonly id = input.required<string>();

  private readonly api = inject(MentoringService);
  private readonly notify = inject(NotifyService);
  private readonly confirm = inject(ConfirmService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly l = inject(LocalizationService);

  protected readonly meeting = signal<MentoringMeetingDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly owners: MentoringStepOwner[] = ['Mentor', 'Mentee'];

  protected readonly scheduled = computed(() => this.meeting()?.status === 'Scheduled');
  protected readonly canEdit = computed(() => !!this.meeting()?.abilities.canEdit);
  protected newAgendaItem = '';
  protected readonly stepForm = this.fb.group({
    text: ['', [Validators.required, Validators.maxLength(1000)]],
    owner: this.fb.control<MentoringStepOwner>('Mentee'),
    dueOn: [''],
  });
  protected readonly feedbackForm = this.fb.group({
    usefulness: this.fb.control<number | null>(null, Validators.required),
    comment: ['', Validators.maxLength(500)],
  });
  protected heldMinutes: number | null = null;
  private readonly observationsApi = inject(LessonObservationsService);
  private readonly config = inject(AppConfigService);
  /** The mentee's lessons the caller may read, to link one to the meeting. */
  protected readonly observations = signal<LessonObservationListItemDto[]>([]);
  protected observationChoice: string | null = null;

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const m = await firstValueFrom(this.api.getMentoringMeeting({ id: this.id() }, handlesErrors()));
      this.meeting.set(m);
      this.heldMinutes = Number(m.durationMinutes);
      this.observationChoice = m.observationId ?? null;
      if (m.abilities.canEdit && this.config.isGranted(Permissions.LessonObservations)) void this.loadObservations(m.menteeStaffMemberId);
    } catch (e) {
      if (toProblem(e).status === 404) this.notFound.set(true);
      else this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  /** Runs a change of the meeting; a stale stamp (the other party changed something) reloads and tries once more. */
  private async change(call: (stamp: string) => Observable<MentoringMeetingDto>, success?: string): Promise<boolean> {
    const m = this.meeting();
    if (!m || this.busy()) return false;
    this.busy.set(true);
    this.errors.set([]);
    try {
      let result: MentoringMeetingDto;
      try {
        result = await firstValueFrom(call(m.concurrencyStamp));
      } catch (e) {
        if (toProblem(e).status !== 409) throw e;
        const fresh = await firstValueFrom(this.api.getMentoringMeeting({ id: m.id }, handlesErrors()));
        result = await firstValueFrom(call(fresh.concurrencyStamp));
      }
      this.meeting.set(result);
      if (success) this.notify.success(this.l.t(success));
      return true;
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private saveAgenda(items: { id?: string | null; text: string; done: boolean }[]): Promise<boolean> {
    const id = this.meeting()!.id;
    return this.change((stamp) => this.api.updateMentoringAgenda({ id, body: { items, concurrencyStamp: stamp } }, handlesErrors()));
  }

  protected toggleAgenda(itemId: string, done: boolean): void {
    const items = this.meeting()!.agenda.map((a) => ({ id: a.id, text: a.text, done: a.id === itemId ? done : a.done }));
    void this.saveAgenda(items);
  }

  protected async addAgenda(): Promise<void> {
    const text = this.newAgendaItem.trim();
    if (!text) return;
    const items = [...this.meeting()!.agenda.map((a) => ({ id: a.id, text: a.text, done: a.done })), { id: null, text, done: false }];
    if (await this.saveAgenda(items)) this.newAgendaItem = '';
  }

  protected removeAgenda(itemId: string): void {
    void this.saveAgenda(this.meeting()!.agenda.filter((a) => a.id !== itemId).map((a) => ({ id: a.id, text: a.text, done: a.done })));
  }

  protected async hold(): Promise<void> {
    const m = this.meeting()!;
    const minutes = Number(this.heldMinutes) || Number(m.durationMinutes);
    if (minutes < 1 || minutes > 720) {
      this.errors.set([this.l.t('UI:Mentoring.DurationRange')]);
      return;
    }
    await this.change(
      (stamp) => this.api.holdMentoringMeeting({ id: m.id, body: { durationMinutes: minutes, concurrencyStamp: stamp } }, handlesErrors()),
      'UI:Mentoring.HeldDone',
    );
  }

  protected async cancel(): Promise<void> {
    const m = this.meeting()!;
    const ok = await this.confirm.confirm({
      title: this.l.t('UI:Mentoring.CancelMeetingTitle'), message: this.l.t('UI:Mentoring.CancelMeetingText'), confirm: this.l.t('UI:Mentoring.CancelMeeting'), danger: true,
    });
    if (!ok) return;
    await this.change((stamp) => this.api.cancelMentoringMeeting({ id: m.id, body: { concurrencyStamp: stamp } }, handlesErrors()), 'UI:Mentoring.CancelledDone');
  }

  protected async addStep(dir: FormGroupDirective): Promise<void> {
    this.stepForm.markAllAsTouched();
    if (this.stepForm.invalid || this.busy()) return;
    const m = this.meeting()!;
    const v = this.stepForm.getRawValue();
    this.busy.set(true);
    this.errors.set([]);
    try {
      const step = await firstValueFrom(
        this.api.addMentoringNextStep({ id: m.id, body: { text: v.text.trim(), owner: v.owner, dueOn: v.dueOn || null } }, handlesErrors()),
      );
      this.meeting.set({ ...m, steps: [...m.steps, step] });
      dir.resetForm({ text: '', owner: v.owner, dueOn: '' });
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async toggleStep(s: MentoringNextStepDto, done: boolean): Promise<void> {
    const m = this.meeting()!;
    this.errors.set([]);
    try {
      const step = await firstValueFrom(
        this.api.updateMentoringNextStep(
          { id: m.id, stepId: s.id, body: { text: s.text, owner: s.owner, dueOn: s.dueOn ?? null, done, concurrencyStamp: s.concurrencyStamp } },
          handlesErrors(),
        ),
      );
      this.meeting.set({ ...m, steps: m.steps.map((x) => (x.id === s.id ? step : x)) });
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
      void this.load();
    }
  }

  protected async deleteStep(s: MentoringNextStepDto): Promise<void> {
    const m = this.meeting()!;
    const ok = await this.confirm.confirm({ title: this.l.t('UI:Mentoring.DeleteStepTitle'), message: s.text, confirm: this.l.t('UI:Delete'), danger: true });
    if (!ok) return;
    try {
      await firstValueFrom(this.api.deleteMentoringNextStep({ id: m.id, stepId: s.id }, handlesErrors()));
      this.meeting.set({ ...m, steps: m.steps.filter((x) => x.id !== s.id) });
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    }
  }

  protected setUsefulness(n: number): void {
    this.feedbackForm.controls.usefulness.setValue(n);
  }

  protected async sendFeedback(): Promise<void> {
    this.feedbackForm.markAllAsTouched();
    if (this.feedbackForm.invalid || this.busy()) return;
    const m = this.meeting()!;
    const v = this.feedbackForm.getRawValue();
    this.busy.set(true);
    this.errors.set([]);
    try {
      this.meeting.set(
        await firstValueFrom(this.api.giveMentoringFeedback({ id: m.id, body: { usefulness: v.usefulness!, comment: v.comment.trim() || null } }, handlesErrors())),
      );
      this.notify.success(this.l.t('UI:Mentoring.FeedbackThanks'));
    } catch (e) {
      this.errors.set([errorText(e, (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadObservations(menteeId: string): Promise<void> {
    const r = await firstValueFrom(this.observationsApi.getLessonObservationList({ staffMemberId: menteeId, maxResultCount: 50 }, handlesErrors())).catch(() => null);
    this.observations.set((r?.items ?? []).filter((o) => o.observedStaffMemberId === menteeId));
  }

  /** Links the chosen observation of the mentee's lesson to the meeting (none: unlinks). */
  protected async linkObservation(): Promise<void> {
    const id = this.meeting()!.id;
    const observationId = this.observationChoice || null;
    await this.change(
      (stamp) => this.api.linkMentoringObservation({ id, body: { observationId, concurrencyStamp: stamp } }, handlesErrors()),
      'UI:SavedChanges',
    );
  }
}
