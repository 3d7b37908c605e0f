namespace KemelSchoolPD.Permissions;

public static partial class KemelSchoolPDPermissions
{
    public static class LessonObservations
    {
        public const string Default = GroupName + ".LessonObservations";
        public const string ViewEvaluations = Default + ".ViewEvaluations";
        public const string Evaluate = Default + ".Evaluate";
        public const string Reopen = Default + ".Reopen";
        public const string ManageForms = Default + ".ManageForms";
    }
}
