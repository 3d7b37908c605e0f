import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';

import { MyWorkItemDto } from '../api/models';
import { LocalizationService } from '../core/i18n/localization.service';
import { TPipe } from '../core/i18n/t.pipe';
import { moduleIcon } from '../notifications/notification-utils';
import { formatDate } from '../shared/format';

/** Chip class and text of an item's state: "overdue by 3 days", "2 days left", "due today"; none while simply open. */
export function stateChip(item: Pick<MyWorkItemDto, 'state' | 'daysLeft'>, l: LocalizationService): { cls: string; text: string } | null {
  const days = item.daysLeft === null || item.daysLeft === undefined ? null : Number(item.daysLeft);
  switch (item.state) {
    case 'Overdue':
      return { cls: 'chip chip--error', text: days !== null && days < 0 ? l.t('UI:MyWork.OverdueBy', -days) : l.t('Enum:MyWorkState.Overdue') };
    case 'DueSoon':
      return { cls: 'chip chip--tertiary', text: days === 0 ? l.t('UI:MyWork.DueToday') : days !== null ? l.t('UI:MyWork.DaysLeft', days) : l.t('Enum:MyWorkState.DueSoon') };
    default:
      return null;
  }
}

/** One to-do item: what it is (linked to its record), whose move it is, its due date and state. */
@Component({
  selector: 'app-my-work-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, RouterLink, TPipe],
  template: `
    @let i = item();
    <mat-icon class="mw-item__icon" aria-hidden="true">{{ icon() }}</mat-icon>
    <div class="mw-item__body">
      <div class="mw-item__kind">
        <span>{{ i.kindTitle }}</span>
        @if (chip(); as c) {
          <span [class]="c.cls" data-testid="my-work-state" [attr.data-state]="i.state">{{ c.text }}</span>
        }
      </div>
      <a class="mw-item__text" [routerLink]="link()" data-testid="my-work-link">{{ i.text }}</a>
      <div class="mw-item__meta">
        <span data-testid="my-work-waiting">{{ 'UI:MyWork.WaitingOn' | t: waitingOn() }}</span>
        @if (i.dueDate) {
          <span>{{ 'UI:MyWork.DueOn' | t: due() }}</span>
        }
      </div>
    </div>
  `,
  styles: `
    :host { display: flex; align-items: flex-start; gap: 12px; padding: 12px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    :host(:last-child) { border-bottom: 0; }
    .mw-item__icon { flex: none; color: var(--mat-sys-on-surface-variant); margin-top: 2px; }
    .mw-item__body { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; gap: 4px; }
    .mw-item__kind { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; font: var(--mat-sys-title-small); overflow-wrap: anywhere; }
    .mw-item__text { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface); text-decoration: none; overflow-wrap: anywhere; }
    .mw-item__text:hover { text-decoration: underline; }
    .mw-item__meta { display: flex; flex-wrap: wrap; gap: 4px 16px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere; }
  `,
})
export class MyWorkItem {
  readonly item = input.required<MyWorkItemDto>();
  private readonly l = inject(LocalizationService);
  private readonly router = inject(Router);

  protected readonly icon = computed(() => moduleIcon(this.item().kind));
  protected readonly link = computed(() => this.router.parseUrl(this.item().linkPath));
  protected readonly chip = computed(() => stateChip(this.item(), this.l));
  protected readonly due = computed(() => formatDate(this.item().dueDate));
  protected readonly waitingOn = computed(() => {
    const i = this.item();
    const role = this.l.tOr(`Enum:MyWorkRole.${i.waitingOnRole}`, i.waitingOnRole);
    return i.waitingOnName ? `${i.waitingOnName} (${role.toLocaleLowerCase(this.l.culture())})` : role;
  });
}
