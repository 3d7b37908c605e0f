/** `2026-01-15` or an ISO date-time → `15.01.2026` (the usual notation in kk, ru; also used for en to stay unambiguous). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** ISO date-time → local `15.01.2026 14:05`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Empty strings become null, strings are trimmed: what the API expects for optional fields. */
export function emptyToNull(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return v.length ? v : null;
}
