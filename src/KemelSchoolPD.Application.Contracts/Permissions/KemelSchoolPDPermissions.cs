namespace KemelSchoolPD.Permissions;

/// <summary>Permission names: KemelSchoolPD.{Module}[.{Action}]. The bare module name is the read permission.</summary>
public static partial class KemelSchoolPDPermissions
{
    public const string GroupName = "KemelSchoolPD";

    /// <summary>Host side: the platform operator manages schools.</summary>
    public static class Schools
    {
        public const string Default = GroupName + ".Schools";
        public const string Create = Default + ".Create";
        public const string Deactivate = Default + ".Deactivate";
    }

    /// <summary>Host side: the Hangfire dashboard.</summary>
    public static class BackgroundJobs
    {
        public const string Default = GroupName + ".BackgroundJobs";
    }

    public static class SchoolProfile
    {
        public const string Default = GroupName + ".SchoolProfile";
        public const string Update = Default + ".Update";
    }

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

    /// <summary>Every school user reads their own notifications.</summary>
    public static class Notifications
    {
        public const string Default = GroupName + ".Notifications";
        /// <summary>The school's default channels per kind, for everyone who chose none (director).</summary>
        public const string SchoolDefaults = Default + ".SchoolDefaults";
    }

    public static class AuditLogs
    {
        public const string Default = GroupName + ".AuditLogs";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }
}
