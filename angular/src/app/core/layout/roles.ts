/** Role names seeded by the backend (KemelRoles). Display texts are `Role:{Name}`. */
export const Roles = {
  HostAdmin: 'HostAdmin',
  Director: 'Director',
  DeputyDirector: 'DeputyDirector',
  Methodologist: 'Methodologist',
  Teacher: 'Teacher',
  Mentor: 'Mentor',
  AssociationLeader: 'AssociationLeader',
  CommissionMember: 'CommissionMember',
} as const;

/** The home pages. Later modules add widgets to them. */
export type HomeKind = 'host' | 'director' | 'methodologist' | 'mentor' | 'teacher';

const PRIORITY: string[] = [
  Roles.HostAdmin, Roles.Director, Roles.DeputyDirector, Roles.Methodologist, Roles.AssociationLeader, Roles.Mentor,
  Roles.CommissionMember, Roles.Teacher,
];

/** The role shown under the user's name: the most senior one they hold. */
export function primaryRole(roles: readonly string[], isHost: boolean): string | null {
  if (isHost) return roles.includes(Roles.HostAdmin) ? Roles.HostAdmin : (roles[0] ?? null);
  const lower = roles.map((r) => r.toLowerCase());
  for (const role of PRIORITY) {
    const i = lower.indexOf(role.toLowerCase());
    if (i >= 0) return roles[i];
  }
  return roles[0] ?? null;
}

/**
 * The user's main home page (its title and `data-home`): director, then deputy/methodologist, then mentor, then
 * association leader (methodological work), then teacher.
 */
export function homeKind(roles: readonly string[], isHost: boolean): HomeKind {
  if (isHost) return 'host';
  const has = (r: string) => roles.some((x) => x.toLowerCase() === r.toLowerCase());
  if (has(Roles.Director)) return 'director';
  if (has(Roles.DeputyDirector) || has(Roles.Methodologist)) return 'methodologist';
  if (has(Roles.Mentor)) return 'mentor';
  if (has(Roles.AssociationLeader)) return 'methodologist';
  return 'teacher';
}

/** Every home a user's roles give: the home page shows the widgets of all of them (a mentor who leads an association sees both). */
export function homeKinds(roles: readonly string[], isHost: boolean): HomeKind[] {
  if (isHost) return ['host'];
  const has = (r: string) => roles.some((x) => x.toLowerCase() === r.toLowerCase());
  const kinds = new Set<HomeKind>([homeKind(roles, false)]);
  if (has(Roles.DeputyDirector) || has(Roles.Methodologist) || has(Roles.AssociationLeader)) kinds.add('methodologist');
  if (has(Roles.Mentor)) kinds.add('mentor');
  if (has(Roles.Teacher)) kinds.add('teacher');
  return [...kinds];
}
