namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>"My work": the bare permission is one's own to-do list (every school user).</summary>
    public static class MyWork
    {
        public const string Default = GroupName + ".MyWork";
        /// <summary>The whole school's items grouped with counts, and who has no plan, route sheet or cycle this year (director,
        /// deputies).</summary>
        public const string SchoolOverview = Default + ".SchoolOverview";
        /// <summary>The school's due-date rules (director).</summary>
        public const string Settings = Default + ".Settings";
    }
}
