import { Permissions } from '../core/config/permissions';
import { HomeWidget } from './home-widgets';

/** The foundation's own home cards. Later modules add theirs through HOME_WIDGETS. */
export const CORE_HOME_WIDGETS: HomeWidget[] = [
  // "My work" comes first on every school home page; the director's (and deputies') school overview right after it.
  {
    id: 'my-work', kinds: ['director', 'methodologist', 'teacher', 'mentor'], permissions: [Permissions.MyWork], order: 1, full: true,
    load: () => import('../my-work/my-work-widget').then((m) => m.MyWorkWidget),
  },
  {
    id: 'school-work', kinds: ['director', 'methodologist'], permissions: [Permissions.MyWorkSchoolOverview], order: 2, full: true,
    load: () => import('../my-work/school-work-widget').then((m) => m.SchoolWorkWidget),
  },
  {
    id: 'staff-summary', kinds: ['director', 'methodologist'], permissions: [Permissions.Staff], order: 10, wide: true,
    load: () => import('./widgets/staff-summary').then((m) => m.StaffSummaryWidget),
  },
  {
    id: 'school-indicators', kinds: ['director', 'methodologist'], permissions: [Permissions.SchoolIndicators], order: 15, wide: true,
    load: () => import('../indicators/school-indicators-widget').then((m) => m.SchoolIndicatorsWidget),
  },
  {
    id: 'quick-actions', kinds: ['director', 'methodologist', 'host'], order: 20,
    load: () => import('./widgets/quick-actions').then((m) => m.QuickActionsWidget),
  },
  {
    id: 'schools-summary', kinds: ['host'], permissions: [Permissions.Schools], order: 10,
    load: () => import('./widgets/schools-summary').then((m) => m.SchoolsSummaryWidget),
  },
  {
    id: 'growth-cycle', kinds: ['director', 'methodologist', 'teacher', 'mentor'], order: 50,
    load: () => import('../growth-cycles/growth-cycle-widget').then((m) => m.GrowthCycleWidget),
  },
  {
    id: 'mentoring', kinds: ['mentor'], permissions: [Permissions.Mentoring], order: 40,
    load: () => import('../mentoring/mentor-widget').then((m) => m.MentorWidget),
  },
  {
    id: 'my-mentor', kinds: ['teacher'], permissions: [Permissions.Mentoring], order: 25,
    load: () => import('../mentoring/my-mentor-widget').then((m) => m.MyMentorWidget),
  },
  {
    id: 'my-route-sheet', kinds: ['teacher', 'mentor'], permissions: [Permissions.RouteSheets], order: 30,
    load: () => import('../route-sheets/route-sheet-widget').then((m) => m.RouteSheetWidget),
  },
  {
    id: 'lesson-observations-awaiting-reply', kinds: ['teacher', 'mentor'], permissions: [Permissions.LessonObservations], order: 45,
    load: () => import('../lesson-observations/observations-widget').then((m) => m.ObservationsAwaitingReplyWidget),
  },
];
