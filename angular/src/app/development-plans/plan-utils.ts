import { DevelopmentPlanStatus } from '../api/models';

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
