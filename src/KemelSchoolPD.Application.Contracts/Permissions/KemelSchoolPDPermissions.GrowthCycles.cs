namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Growth cycles. The bare permission: one's own cycles (and, as a mentor, the mentees' shared records).</summary>
    public static class GrowthCycles
    {
        public const string Default = GroupName + ".GrowthCycles";
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Open, move and close any participant's cycle (director, deputies).</summary>
        public const string Manage = Default + ".Manage";
        /// <summary>Required artefacts per stage and the school's own reference rows.</summary>
        public const string Settings = Default + ".Settings";
    }
}
