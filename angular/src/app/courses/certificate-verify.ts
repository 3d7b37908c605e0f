import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';

import { CertificateVerificationDto } from '../api/models';
import { CertificateVerificationService } from '../api/services';
import { handlesErrors } from '../core/http/http-context';
import { EnumTextPipe, TPipe } from '../core/i18n/t.pipe';
import { KDatePipe } from '../shared/date.pipe';

/**
 * `/verify/:token`: the public check of a certificate (the page its QR code opens), without sign-in: the issuer, the
 * teacher's name, the programme, hours, the date and validity; an unknown or expired certificate says so plainly.
 */
@Component({
  selector: 'app-certificate-verify',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TPipe, EnumTextPipe, KDatePipe],
  template: `
    <main class="verify">
      <section class="surface card" data-testid="certificate-verify">
        <h1>{{ 'UI:Courses.VerifyTitle' | t }}</h1>
        @if (result(); as r) {
          <p class="state" [class.ok]="r.validity === 'Valid'" [class.bad]="r.validity !== 'Valid'" data-testid="certificate-validity">
            <mat-icon aria-hidden="true">{{ r.validity === 'Valid' ? 'verified' : r.validity === 'Expired' ? 'event_busy' : 'help_outline' }}</mat-icon>
            {{ r.validity | enumText: 'CertificateValidity' }}
          </p>
          @if (r.validity !== 'Unknown') {
            <dl>
              <dt>{{ 'UI:Courses.Issuer' | t }}</dt><dd data-testid="certificate-issuer">{{ r.issuer }}</dd>
              <dt>{{ 'UI:Courses.Teacher' | t }}</dt><dd data-testid="certificate-teacher">{{ r.teacherName }}</dd>
              <dt>{{ 'UI:Courses.Programme' | t }}</dt><dd data-testid="certificate-programme">{{ r.programme }}</dd>
              <dt>{{ 'UI:Courses.Hours' | t }}</dt><dd data-testid="certificate-hours">{{ r.hours }}</dd>
              <dt>{{ 'UI:Courses.IssuedOn' | t }}</dt><dd>{{ r.issuedOn | kDate }}</dd>
              <dt>{{ 'UI:Courses.ValidUntil' | t }}</dt><dd>{{ r.validUntil | kDate }}</dd>
            </dl>
          } @else {
            <p class="cell-secondary">{{ 'UI:Courses.UnknownHint' | t }}</p>
          }
        }
      </section>
    </main>
  `,
  styles: `
    .verify { display: flex; justify-content: center; padding: 24px 12px; }
    .card { max-width: 560px; width: 100%; padding: 24px; overflow-wrap: anywhere; }
    h1 { font: var(--mat-sys-headline-small); margin: 0 0 12px; }
    .state { display: flex; align-items: center; gap: 8px; font: var(--mat-sys-title-medium); }
    .ok { color: var(--mat-sys-primary); }
    .bad { color: var(--mat-sys-error); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; }
    @media (max-width: 420px) { dl { grid-template-columns: 1fr; } }
  `,
})
export class CertificateVerify {
  readonly token = input.required<string>();
  private readonly api = inject(CertificateVerificationService);
  protected readonly result = signal<CertificateVerificationDto | null>(null);

  ngOnInit(): void {
    firstValueFrom(this.api.verifyCertificate({ token: this.token() }, handlesErrors()))
      .then((r) => this.result.set(r))
      .catch(() => this.result.set({ validity: 'Unknown', issuer: null, teacherName: null, programme: null, hours: null, issuedOn: null, validUntil: null }));
  }
}
