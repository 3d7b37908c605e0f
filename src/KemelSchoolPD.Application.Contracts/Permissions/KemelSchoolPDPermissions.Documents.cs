namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    public static class DocumentTemplates
    {
        public const string Default = GroupName + ".DocumentTemplates";
        public const string Manage = Default + ".Manage";
    }
}
