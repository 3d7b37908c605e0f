namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>Route sheets «ДЗЕН-НАВИГАТОР». The bare permission: one's own sheet, and the sheets one reviews.</summary>
    public static class RouteSheets
    {
        public const string Default = GroupName + ".RouteSheets";
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Mark sheets as the reviewer (director, deputies, mentors).</summary>
        public const string Review = Default + ".Review";
        /// <summary>Give sheets to other teachers, one by one or in bulk, and choose their reviewer.</summary>
        public const string Assign = Default + ".Assign";
        /// <summary>The school's own copies of the level templates.</summary>
        public const string Templates = Default + ".Templates";
    }
}
