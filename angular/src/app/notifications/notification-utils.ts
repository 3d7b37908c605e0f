import { LocalizationService } from '../core/i18n/localization.service';
import { formatDateTime } from '../shared/format';

/** An icon per module, from a kind's stable code ("DevelopmentPlans.Submitted"). */
export function moduleIcon(kind: string | null | undefined): string {
  switch ((kind ?? '').split('.')[0]) {
    case 'DevelopmentPlans':
      return 'assignment';
    case 'RouteSheets':
      return 'route';
    case 'LessonObservations':
      return 'visibility';
    case 'GrowthCycles':
      return 'autorenew';
    case 'Staff':
      return 'workspace_premium';
    default:
      return 'notifications';
  }
}

/** The module's name as the side menu shows it (`Menu:DevelopmentPlans`), else the code. */
export function moduleTitle(module: string, l: LocalizationService): string {
  return l.tOr(`Menu:${module}`, module);
}

/** "just now", "5 minutes ago", "3 hours ago", else the date and time. */
export function sinceText(value: string, l: LocalizationService, now = Date.now()): string {
  const at = new Date(value).getTime();
  if (Number.isNaN(at)) return value;
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return l.t('UI:Notif.JustNow');
  if (minutes < 60) return l.t('UI:Notif.MinutesAgo', minutes);
  if (minutes < 24 * 60) return l.t('UI:Notif.HoursAgo', Math.floor(minutes / 60));
  return formatDateTime(value);
}
