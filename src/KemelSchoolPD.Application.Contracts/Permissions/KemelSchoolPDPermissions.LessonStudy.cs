namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    /// <summary>
    /// Lesson Study. The bare permission: the groups one is a member of (members plan, observe, discuss and edit) and forming a
    /// group one takes part in.
    /// </summary>
    public static class LessonStudy
    {
        public const string Default = GroupName + ".LessonStudy";
        /// <summary>Read every group of the school and form groups for others (director, deputies); changes stay with the
        /// members.</summary>
        public const string ViewAll = Default + ".ViewAll";
    }

    /// <summary>The school's library of practice and the platform's shared catalogue: published items, read by every staff
    /// member.</summary>
    public static class PracticeLibrary
    {
        public const string Default = GroupName + ".PracticeLibrary";
        /// <summary>Keep the school's library: take any item back out of it, whoever published it (the director by default).</summary>
        public const string Manage = Default + ".Manage";
    }
}
