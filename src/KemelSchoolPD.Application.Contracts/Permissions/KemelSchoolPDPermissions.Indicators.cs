namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>The director's dashboard of the school's growth-cycle indicators.</summary>
    public static class SchoolIndicators
    {
        public const string Default = GroupName + ".SchoolIndicators";
        /// <summary>Record the school's assessment and evidence of an appendix indicator.</summary>
        public const string Record = Default + ".Record";
    }
}
