namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>
    /// The mentor's year plan and the reflection cards. The bare permission: one's own year plan and cards (and, as a mentor,
    /// the mentees' cards and the plans that concern one). The cards are never read through ViewAll: only the teacher, her
    /// active mentor or tutor, and whoever she shares a card with read it.
    /// </summary>
    public static class MentoringPlans
    {
        public const string Default = GroupName + ".MentoringPlans";
        /// <summary>Read every mentor's year plan (director, deputies).</summary>
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Agree or return a mentor's year plan (director, deputies); nobody agrees their own.</summary>
        public const string Review = Default + ".Review";
        /// <summary>Open and close the school's year-end reflection campaign.</summary>
        public const string Campaigns = Default + ".Campaigns";
    }
}
