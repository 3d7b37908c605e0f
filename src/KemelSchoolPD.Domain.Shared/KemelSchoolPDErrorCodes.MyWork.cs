namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class MyWork
    {
        /// <summary>Period ends must be real "MM-dd" days, one per period, in the order of the academic year (September to
        /// August).</summary>
        public const string InvalidPeriodEnds = "MyWork:InvalidPeriodEnds";
    }

    public static class Notifications
    {
        public const string UnknownKind = "Notifications:UnknownKind";
    }
}
