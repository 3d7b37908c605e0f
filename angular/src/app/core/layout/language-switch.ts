import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { CULTURES, CULTURE_NATIVE_NAMES, Culture } from '../i18n/culture';
import { CultureSwitchService } from '../i18n/culture-switch.service';
import { LocalizationService } from '../i18n/localization.service';
import { TPipe } from '../i18n/t.pipe';

/** kk / ru / en. Language names are always shown in their own language, so anyone can find theirs. */
@Component({
  selector: 'app-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TPipe],
  template: `
    @if (inline()) {
      <div class="lang-inline" role="group" [attr.aria-label]="'UI:Language' | t">
        @for (c of cultures; track c) {
          <button mat-button type="button" [class.lang-inline--active]="c === l.culture()" [attr.aria-pressed]="c === l.culture()"
                  [attr.lang]="c" [attr.data-testid]="'lang-' + c" (click)="switcher.switchTo(c)" [disabled]="switcher.switching()">
            {{ names[c] }}
          </button>
        }
      </div>
    } @else {
      <button mat-button type="button" class="lang-button" [matMenuTriggerFor]="menu" data-testid="language-switch"
              [attr.aria-label]="('UI:Language' | t) + ': ' + names[l.culture()]">
        <mat-icon aria-hidden="true">translate</mat-icon>
        <span class="lang-button__code">{{ l.culture().toUpperCase() }}</span>
      </button>
      <mat-menu #menu="matMenu">
        @for (c of cultures; track c) {
          <button mat-menu-item type="button" [attr.lang]="c" [attr.data-testid]="'lang-' + c" (click)="switcher.switchTo(c)"
                  [attr.aria-current]="c === l.culture() ? 'true' : null">
            <mat-icon aria-hidden="true">{{ c === l.culture() ? 'check' : '' }}</mat-icon>
            <span>{{ names[c] }}</span>
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    .lang-inline { display: flex; gap: 4px; justify-content: center; flex-wrap: wrap; }
    .lang-inline--active { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .lang-button__code { margin-left: 4px; font-weight: 500; }
  `,
})
export class LanguageSwitch {
  readonly inline = input(false);
  protected readonly cultures: readonly Culture[] = CULTURES;
  protected readonly names = CULTURE_NATIVE_NAMES;
  protected readonly l = inject(LocalizationService);
  protected readonly switcher = inject(CultureSwitchService);
}
