import { homeKind, homeKinds, primaryRole } from './roles';

describe('roles', () => {
  it('picks the home page of the most senior role', () => {
    expect(homeKind(['Teacher', 'Mentor'], false)).toBe('mentor');
    expect(homeKind(['Teacher', 'Director'], false)).toBe('director');
    expect(homeKind(['DeputyDirector'], false)).toBe('methodologist');
    expect(homeKind(['AssociationLeader', 'Teacher'], false)).toBe('methodologist');
    expect(homeKind(['Teacher'], false)).toBe('teacher');
    expect(homeKind([], false)).toBe('teacher');
    expect(homeKind(['HostAdmin'], true)).toBe('host');
    expect(homeKind(['Teacher', 'Mentor', 'AssociationLeader'], false)).toBe('mentor');
  });

  it('collects the widgets of every role the user holds', () => {
    expect(homeKinds(['Teacher', 'Mentor', 'AssociationLeader'], false).sort()).toEqual(['mentor', 'methodologist', 'teacher']);
    expect(homeKinds(['Director'], false)).toEqual(['director']);
  });

  it('names the most senior role', () => {
    expect(primaryRole(['Teacher', 'Mentor'], false)).toBe('Mentor');
    expect(primaryRole(['HostAdmin'], true)).toBe('HostAdmin');
    expect(primaryRole([], false)).toBeNull();
  });
});
