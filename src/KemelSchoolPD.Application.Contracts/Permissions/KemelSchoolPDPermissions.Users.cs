namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Sign-in accounts of the school's staff: give, invite, reset, lock out, deactivate.</summary>
    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Manage = Default + ".Manage";
    }
}
