import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';

import { ActionResearchProjectDto } from '../api/models';
import { ActionResearchService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { problemMessage, toProblem } from '../core/http/problem';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { NotifyService } from '../core/notify/notify.service';
import { FormBanner } from '../shared/form-banner';
import { StaffPicker, StaffRef } from '../shared/staff-picker';

/** The owner changes the project's group: colleagues found by name join, others leave (the owner always stays). */
@Component({
  selector: 'app-ar-members-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TPipe, FormBanner, StaffPicker],
  template: `
    @if (chosen(); as list) {
      <div class="editor" data-testid="ar-members-editor">
        <app-form-banner [messages]="errors()" />
        <ul class="chips">
          @for (m of list; track m.id) {
            <li class="chip" data-testid="ar-member-chip">{{ m.fullName }}
              @if (m.id !== project().ownerStaffMemberId) {
                <button mat-icon-button type="button" (click)="remove(m.id)" [attr.aria-label]="'UI:Remove' | t" data-testid="ar-member-remove"><mat-icon>close</mat-icon></button>
              }
            </li>
          }
        </ul>
        <app-staff-picker label="UI:ActionResearch.AddMember" testId="ar-member-picker" [excluded]="ids()" (picked)="add($event)" />
        <div class="actions">
          <button mat-flat-button type="button" (click)="save()" [disabled]="busy()" data-testid="ar-members-save">{{ 'UI:Save' | t }}</button>
          <button mat-button type="button" (click)="chosen.set(null)">{{ 'UI:Cancel' | t }}</button>
        </div>
      </div>
    } @else {
      <button mat-stroked-button type="button" (click)="start()" data-testid="ar-members-change"><mat-icon aria-hidden="true">group_add</mat-icon>{{ 'UI:ActionResearch.ChangeMembers' | t }}</button>
    }
  `,
  styles: `
    .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 4px 0 8px; }
    .chips .chip { display: inline-flex; align-items: center; gap: 2px; overflow-wrap: anywhere; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class MembersEditor {
  readonly project = input.required<ActionResearchProjectDto>();
  readonly saved = output<ActionResearchProjectDto>();
  private readonly api = inject(ActionResearchService);
  private readonly notify = inject(NotifyService);
  private readonly l = inject(LocalizationService);
  protected readonly chosen = signal<StaffRef[] | null>(null);
  protected readonly ids = computed(() => (this.chosen() ?? []).map((m) => m.id));
  protected readonly busy = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected start(): void {
    this.errors.set([]);
    this.chosen.set(this.project().members.map((m) => ({ id: m.staffMemberId, fullName: m.fullName })));
  }

  protected add(m: StaffRef): void {
    if (!this.ids().includes(m.id)) this.chosen.update((l) => [...(l ?? []), m]);
  }

  protected remove(id: string): void {
    this.chosen.update((l) => (l ?? []).filter((m) => m.id !== id));
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.errors.set([]);
    try {
      const p = await firstValueFrom(this.api.setActionResearchMembers({ id: this.project().id, body: { staffMemberIds: this.ids() } }, handlesErrors()));
      this.chosen.set(null);
      this.notify.success(this.l.t('UI:ActionResearch.MembersSaved'));
      this.saved.emit(p);
    } catch (e) {
      this.errors.set([problemMessage(toProblem(e), (k) => this.l.t(k))]);
    } finally {
      this.busy.set(false);
    }
  }
}
