namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Host side: the platform operator manages schools.</summary>
    public static class Schools
    {
        public const string Default = GroupName + ".Schools";
        public const string Create = Default + ".Create";
        public const string Deactivate = Default + ".Deactivate";
    }

    public static class SchoolProfile
    {
        public const string Default = GroupName + ".SchoolProfile";
        public const string Update = Default + ".Update";
    }
}
