namespace KemelSchoolPD.Permissions;

/// <summary>Permission names: KemelSchoolPD.{Module}[.{Action}]. The bare module name is the read permission.</summary>
public static partial class KemelSchoolPDPermissions
{
    public const string GroupName = "KemelSchoolPD";

    /// <summary>Host side: the Hangfire dashboard.</summary>
    public static class BackgroundJobs
    {
        public const string Default = GroupName + ".BackgroundJobs";
    }

    /// <summary>Every school user reads their own notifications.</summary>
    public static class Notifications
    {
        public const string Default = GroupName + ".Notifications";
        /// <summary>The school's default channels per kind, for everyone who chose none (director).</summary>
        public const string SchoolDefaults = Default + ".SchoolDefaults";
    }
}
