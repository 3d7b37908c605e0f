import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, firstValueFrom, of } from 'rxjs';

import { AttachmentDto, DevelopmentEventDto } from '../api/models';
import { DevelopmentEventsService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { AttachmentUpload } from '../shared/attachment-upload';
import { AttachmentClient } from '../shared/attachments';
import { FormBanner } from '../shared/form-banner';
import { PageHeader } from '../shared/page-header';
import { StaffPicker, StaffRef } from '../shared/staff-picker';

const OWNER = 'DevelopmentEvent';

/** `/development-events/:id`: the event, its participants; once begun, the organiser marks who attended and writes a short outcome; materials as files. */
@Component({
  selector: 'app-event-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule,
    TPipe, EnumTextPipe, AttachmentUpload, FormBanner, PageHeader, StaffPicker,
  ],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'UI:Breadcrumb' | t">
      <a routerLink="/development-events">{{ 'Menu:DevelopmentEvents' | t }}</a>
    </nav>
    @if (loading()) { <mat-progress-bar mode="indeterminate" [attr.aria-label]="'UI:Loading' | t" /> }
    <app-form-banner [messages]="errors()" />
    @if (event(); as e) {
      <app-page-header [title]="e.title" [subtitle]="(e.kind | enumText: 'DevelopmentEventKind') + ' · ' + (e.status | enumText: 'DevelopmentEventStatus')">
        @if (e.abilities.canEdit) {
          <a mat-stroked-button [routerLink]="['/development-events', e.id, 'edit']" data-testid="event-edit"><mat-icon aria-hidden="true">edit</mat-icon>{{ 'UI:Events.Edit' | t }}</a>
        }
      </app-page-header>
      <section class="surface block">
        <dl class="facts">
          <dt>{{ 'UI:Events.When' | t }}</dt><dd data-testid="event-when">{{ e.startsOn }}@if (e.endsOn !== e.startsOn) { – {{ e.endsOn }} }</dd>
          <dt>{{ 'UI:Events.Organiser' | t }}</dt><dd>{{ e.organiserName }}</dd>
          <dt>{{ 'UI:Events.DurationMinutes' | t }}</dt><dd>{{ e.durationMinutes }}</dd>
          @if (e.direction) { <dt>{{ 'UI:Events.Direction' | t }}</dt><dd>{{ e.direction | enumText: 'CreativeGroupDirection' }}</dd> }
          @if (e.place) { <dt>{{ 'UI:Events.Place' | t }}</dt><dd>{{ e.place }}</dd> }
          @if (e.description) { <dt>{{ 'UI:Events.Description' | t }}</dt><dd>{{ e.description }}</dd> }
          @if (e.outcome) { <dt>{{ 'UI:Events.Outcome' | t }}</dt><dd data-testid="event-outcome">{{ e.outcome }}</dd> }
        </dl>
      </section>
      <section class="surface block" data-testid="event-attendance">
        <h2>{{ 'UI:Events.Participants' | t }}</h2>
        @if (picking(); as chosen) {
          <div class="picker" data-testid="event-participants-editor">
            <p class="cell-secondary">{{ 'UI:Events.ParticipantsHint' | t }}</p>
            <ul class="chips">
              @for (p of chosen; track p.id) {
                <li class="chip" data-testid="event-participant-chip">{{ p.fullName }}
                  @if (p.id !== e.organiserStaffMemberId) {
                    <button mat-icon-button type="button" (click)="unpick(p.id)" [attr.aria-label]="'UI:Remove' | t" data-testid="event-participant-remove"><mat-icon>close</mat-icon></button>
                  }
                </li>
              }
            </ul>
            <app-staff-picker label="UI:Events.AddParticipant" testId="event-participant-picker" [excluded]="chosenIds()" (picked)="pick($event)" />
            <div class="actions">
              <button mat-flat-button type="button" (click)="saveParticipants()" [disabled]="busy()" data-testid="event-participants-save">{{ 'UI:Save' | t }}</button>
              <button mat-button type="button" (click)="picking.set(null)">{{ 'UI:Cancel' | t }}</button>
            </div>
          </div>
        } @else if (e.abilities.canEdit || e.abilities.canRecord) {
          <div class="actions">
            <button mat-stroked-button type="button" (click)="startPicking(e)" data-testid="event-participants-change"><mat-icon aria-hidden="true">group_add</mat-icon>{{ 'UI:Events.ChangeParticipants' | t }}</button>
          </div>
        }
        @if (e.abilities.canRecord) {
          <p class="cell-secondary">{{ 'UI:Events.RecordHint' | t }}</p>
          <ul class="rows">
            @for (p of e.participants; track p.staffMemberId) {
              <li><mat-checkbox [checked]="attended().has(p.staffMemberId)" (change)="toggle(p.staffMemberId, $event.checked)" data-testid="event-attended">{{ p.fullName }}</mat-checkbox></li>
            }
          </ul>
          <mat-form-field class="wide">
            <mat-label>{{ 'UI:Events.Outcome' | t }}</mat-label>
            <textarea matInput [(ngModel)]="outcome" rows="3" data-testid="event-outcome-input"></textarea>
            <mat-hint>{{ 'UI:Events.OutcomeHint' | t }}</mat-hint>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="button" (click)="record()" [disabled]="busy()" data-testid="event-record">{{ 'UI:Events.Record' | t }}</button>
          </div>
        } @else {
          <ul class="rows">
            @for (p of e.participants; track p.staffMemberId) {
              <li>{{ p.fullName }}@if (e.status === 'Held') { <span class="cell-secondary">{{ (p.attended ? 'UI:Events.Attended' : 'UI:Events.Absent') | t }}</span> }</li>
            }
          </ul>
        }
        @if (e.abilities.canEdit) {
          <div class="actions"><button mat-button type="button" (click)="cancel()" [disabled]="busy()" data-testid="event-cancel">{{ 'UI:Events.Cancel' | t }}</button></div>
        }
      </section>
      <section class="surface block">
        <h2>{{ 'UI:Events.Materials' | t }}</h2>
        <app-attachment-upload [ownerType]="owner" [ownerId]="e.id" [files]="files()" [editable]="e.abilities.canEdit || e.abilities.canRecord" [deleteOnRemove]="true"
                               (uploaded)="files.set([...files(), $event])" (removed)="dropFile($event)" testId="event-files" />
      </section>
    }
  `,
  styles: `
    .block { margin-bottom: 16px; padding: 16px; }
    .facts { display: grid; grid-template-columns: minmax(120px, 200px) 1fr; gap: 6px 12px; margin: 0; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
    @media (max-width: 600px) { .facts { grid-template-columns: 1fr; } }
    .rows { list-style: none; padding: 0; margin: 0 0 8px; }
    .rows li { padding: 4px 0; border-bottom: 1px solid var(--mat-sys-outline-variant); display: flex; justify-content: space-between; flex-wrap: wrap; gap: 6px; }
    .wide { width: 100%; }
    .picker { margin-bottom: 12px; }
    .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 4px 0 8px; }
    .chips .chip { display: inline-flex; align-items: center; gap: 2px; overflow-wrap: anywhere; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
  `,
})
export class EventPage {
  readonly id = input.required<string>();
  private readonly api = inject(DevelopmentEventsService);
  private readonly attachments = inject(AttachmentClient);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly owner = OWNER;
  protected readonly event = signal<DevelopmentEventDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly attended = signal(new Set<string>());
  protected readonly files = signal<AttachmentDto[]>([]);
  protected outcome = '';
  /** The participants being chosen (null when not editing them). */
  protected readonly picking = signal<StaffRef[] | null>(null);
  protected readonly chosenIds = computed(() => (this.picking() ?? []).map((p) => p.id));

  constructor() {
    queueMicrotask(() => void this.load());
  }

  private show(e: DevelopmentEventDto): void {
    this.event.set(e);
    this.attended.set(new Set(e.participants.filter((p) => p.attended).map((p) => p.staffMemberId)));
    this.outcome = e.outcome ?? '';
  }

  private async load(): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.getDevelopmentEvent({ id: this.id() }, handlesErrors())));
      this.files.set(await firstValueFrom(this.attachments.list(OWNER, this.id()).pipe(catchError(() => of([] as AttachmentDto[])))));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.loading.set(false);
    }
  }

  protected toggle(staffId: string, on: boolean): void {
    const next = new Set(this.attended());
    if (on) next.add(staffId);
    else next.delete(staffId);
    this.attended.set(next);
  }

  protected startPicking(e: DevelopmentEventDto): void {
    this.picking.set(e.participants.map((p) => ({ id: p.staffMemberId, fullName: p.fullName })));
  }

  protected pick(p: StaffRef): void {
    if (!this.chosenIds().includes(p.id)) this.picking.update((l) => [...(l ?? []), p]);
  }

  protected unpick(id: string): void {
    this.picking.update((l) => (l ?? []).filter((p) => p.id !== id));
  }

  protected async saveParticipants(): Promise<void> {
    const ids = this.chosenIds();
    await this.run(() => firstValueFrom(this.api.setDevelopmentEventParticipants({ id: this.id(), body: { staffMemberIds: ids } }, handlesErrors())), 'UI:Events.ParticipantsSaved');
    if (!this.errors().length) this.picking.set(null);
  }

  protected dropFile(file: AttachmentDto): void {
    this.files.set(this.files().filter((f) => f.id !== file.id));
  }

  private async run(action: () => Promise<DevelopmentEventDto>, message: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    try {
      this.show(await action());
      this.notify.success(this.l.t(message));
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }

  protected record(): Promise<void> {
    return this.run(
      () => firstValueFrom(this.api.recordDevelopmentEvent({ id: this.id(), body: { attendedStaffMemberIds: [...this.attended()], outcome: this.outcome.trim() } }, handlesErrors())),
      'UI:Events.Recorded',
    );
  }

  protected cancel(): Promise<void> {
    return this.run(() => firstValueFrom(this.api.cancelDevelopmentEvent({ id: this.id(), body: {} }, handlesErrors())), 'UI:Events.Cancelled');
  }
}
