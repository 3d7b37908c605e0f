import { LocalizationService } from '../core/i18n/localization.service';

/** A role's name as people read it: built-in roles have texts (`Role:Teacher`), custom ones show their own name. */
export function roleText(l: LocalizationService, name: string): string {
  return l.tOr(`Role:${name}`, name);
}

/** Saves a file that came as base64 in a JSON answer (the accounts handout). */
export function saveBase64File(file: { fileName: string; contentType: string; contentBase64: string }): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
