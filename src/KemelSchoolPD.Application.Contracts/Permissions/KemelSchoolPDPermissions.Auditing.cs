namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    public static class AuditLogs
    {
        public const string Default = GroupName + ".AuditLogs";
    }
}
