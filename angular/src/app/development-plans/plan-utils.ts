import { DevelopmentPlanStatus } from '../api/models';

/** The academic year starts on 1 September: from September the new year is current. */
export function currentAcademicYear(now = new Date()): number {
  return now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
}

export function academicYearLabel(year: number): string {
  return `${year}–${year + 1}`;
}

/** Chip colour per status (classes from styles.scss). */
export function statusChip(status: DevelopmentPlanStatus | null | undefined): string {
  switch (status) {
    case 'Submitted':
      return 'chip chip--tertiary';
    case 'Returned':
      return 'chip chip--error';
    case 'Agreed':
    case 'InProgress':
      return 'chip chip--primary';
    case 'Completed':
      return 'chip chip--muted';
    default:
      return 'chip';
  }
}
