/** The academic year starts on 1 September and is named by the calendar year it starts in: 2026-11 → 2026, 2027-03 → 2026. */
export function currentAcademicYear(now = new Date()): number {
  return now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
}

/** 2026 → "2026–2027". */
export function academicYearLabel(year: number): string {
  return `${year}–${year + 1}`;
}
