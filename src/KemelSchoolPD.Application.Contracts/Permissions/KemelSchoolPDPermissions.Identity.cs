namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }
}
