namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Action Research. The bare permission: one's own projects (as owner or member) and the published ones; start a
    /// project.</summary>
    public static class ActionResearch
    {
        public const string Default = GroupName + ".ActionResearch";
        /// <summary>Every project of the school (director, deputies): read only; members keep their project.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }

    /// <summary>The school's development events. The bare permission: the calendar, organising one's own events, one's own hours.</summary>
    public static class DevelopmentEvents
    {
        public const string Default = GroupName + ".DevelopmentEvents";
        /// <summary>Organise and keep any event of the school, with any organiser (director, deputies).</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>Every teacher's participation hours and the school's summary (director, deputies).</summary>
        public const string ViewAll = Default + ".ViewAll";
    }
}
