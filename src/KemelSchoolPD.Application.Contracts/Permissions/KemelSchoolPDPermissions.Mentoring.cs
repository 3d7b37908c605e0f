namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>
    /// Mentoring. The bare permission: one's own pairs, as mentor or mentee (their meetings, notes, next steps and hours).
    /// A private note is its author's alone whatever the permissions.
    /// </summary>
    public static class Mentoring
    {
        public const string Default = GroupName + ".Mentoring";
        /// <summary>Every pair of the school, its meetings' shared part and the hours (director, deputies).</summary>
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Pair a mentor, tutor or curator with a mentee and end a pair (director, deputies).</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>The school's mentor capacity and meeting rhythm (director).</summary>
        public const string Settings = Default + ".Settings";
    }
}
