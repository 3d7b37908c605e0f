namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class RouteSheets
    {
        public const string UnknownTemplate = "RouteSheets:UnknownTemplate";
        public const string TemplateLevelMismatch = "RouteSheets:TemplateLevelMismatch";
        public const string TemplateNeedsRows = "RouteSheets:TemplateNeedsRows";
        public const string TeacherMustBeActiveStaff = "RouteSheets:TeacherMustBeActiveStaff";
        public const string ReviewerMustBeActiveStaff = "RouteSheets:ReviewerMustBeActiveStaff";
        public const string NoStaffRecord = "RouteSheets:NoStaffRecord";
        public const string AlreadyExists = "RouteSheets:AlreadyExists";
        public const string PeriodOutOfRange = "RouteSheets:PeriodOutOfRange";
        public const string UnknownRow = "RouteSheets:UnknownRow";
        public const string NoMarks = "RouteSheets:NoMarks";
        public const string PeriodsHaveMarks = "RouteSheets:PeriodsHaveMarks";
        public const string WeekOutsideYear = "RouteSheets:WeekOutsideYear";
        public const string ScopeValueRequired = "RouteSheets:ScopeValueRequired";
        public const string UnsupportedCulture = "RouteSheets:UnsupportedCulture";
    }
}
