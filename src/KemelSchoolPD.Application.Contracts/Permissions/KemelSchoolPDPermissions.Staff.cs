namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    public static class Staff
    {
        public const string Default = GroupName + ".Staff";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Archive = Default + ".Archive";
        public const string Import = Default + ".Import";
    }

    public static class MethodologicalAssociations
    {
        public const string Default = GroupName + ".MethodologicalAssociations";
        public const string Manage = Default + ".Manage";
    }
}
