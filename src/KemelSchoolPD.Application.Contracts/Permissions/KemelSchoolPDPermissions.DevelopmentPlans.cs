namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Individual development plans. The bare permission: one's own plan (and, as a mentor, the mentees' plans).</summary>
    public static class DevelopmentPlans
    {
        public const string Default = GroupName + ".DevelopmentPlans";
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Agree, return and reopen plans (director, deputies).</summary>
        public const string Review = Default + ".Review";
        /// <summary>Create plans for other teachers, one by one or in bulk.</summary>
        public const string Assign = Default + ".Assign";
        /// <summary>The school's own plan templates.</summary>
        public const string Templates = Default + ".Templates";
    }
}
