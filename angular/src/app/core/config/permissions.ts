/** Permission names from docs/api-contract.md ("Permissions"). */
export const Permissions = {
  Schools: 'KemelSchoolPD.Schools',
  SchoolsCreate: 'KemelSchoolPD.Schools.Create',
  SchoolsDeactivate: 'KemelSchoolPD.Schools.Deactivate',
  BackgroundJobs: 'KemelSchoolPD.BackgroundJobs',
  SchoolProfile: 'KemelSchoolPD.SchoolProfile',
  SchoolProfileUpdate: 'KemelSchoolPD.SchoolProfile.Update',
  Staff: 'KemelSchoolPD.Staff',
  StaffCreate: 'KemelSchoolPD.Staff.Create',
  StaffUpdate: 'KemelSchoolPD.Staff.Update',
  StaffArchive: 'KemelSchoolPD.Staff.Archive',
  StaffImport: 'KemelSchoolPD.Staff.Import',
  MethodologicalAssociations: 'KemelSchoolPD.MethodologicalAssociations',
  MethodologicalAssociationsManage: 'KemelSchoolPD.MethodologicalAssociations.Manage',
  AuditLogs: 'KemelSchoolPD.AuditLogs',
  Roles: 'KemelSchoolPD.Roles',
  RolesManagePermissions: 'KemelSchoolPD.Roles.ManagePermissions',
} as const;
