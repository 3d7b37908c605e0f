namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Qualification courses: the ledger, certificates, clocks and post-course support (issue 17).</summary>
    public static class Courses
    {
        /// <summary>One's own ledger, clocks and post-course plans; reading the catalogue.</summary>
        public const string Default = GroupName + ".Courses";
        /// <summary>Every teacher's ledger and plans, the school view (director, deputies).</summary>
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Approve or decline a course request (deputies, director); nobody approves their own.</summary>
        public const string Approve = Default + ".Approve";
        /// <summary>The school's own catalogue entries, assessment of courses run on the platform, records for others.</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>Approve or return a post-course plan (the director); nobody approves their own.</summary>
        public const string ApprovePlans = Default + ".ApprovePlans";
        /// <summary>The school's half-year report on post-course activity (deputies).</summary>
        public const string Reports = Default + ".Reports";
    }

    /// <summary>The host's course catalogue, shared by every school: written only by the platform operator.</summary>
    public static class CourseCatalogue
    {
        public const string Default = GroupName + ".CourseCatalogue";
        public const string Manage = Default + ".Manage";
    }
}
