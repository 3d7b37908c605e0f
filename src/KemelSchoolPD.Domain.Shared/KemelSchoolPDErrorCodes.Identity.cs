namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Roles
    {
        public const string UnknownPermission = "Roles:UnknownPermission";
        public const string HostPermissionNotAllowed = "Roles:HostPermissionNotAllowed";
    }
}
