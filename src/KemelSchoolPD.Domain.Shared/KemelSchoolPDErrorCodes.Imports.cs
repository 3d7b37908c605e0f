namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    /// <summary>Limits of reading any import file (XLSX or CSV), whichever import it is for.</summary>
    public static class Imports
    {
        /// <summary>An XLSX unpacks beyond the limit or is packed suspiciously tightly (a "zip bomb").</summary>
        public const string ContentTooLarge = "Imports:ContentTooLarge";
        public const string TooManyColumns = "Imports:TooManyColumns";
        public const string CellTooLong = "Imports:CellTooLong";
        public const string LineTooLong = "Imports:LineTooLong";
    }
}
