namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    /// <summary>Reading a learner-results file (XLSX or CSV) into an artefact's form.</summary>
    public static partial class GrowthCycles
    {
        public const string ImportFileMissing = "GrowthCycles:ImportFileMissing";
        public const string ImportFileTooLarge = "GrowthCycles:ImportFileTooLarge";
        public const string ImportFormatUnsupported = "GrowthCycles:ImportFormatUnsupported";
        public const string ImportHeadersNotFound = "GrowthCycles:ImportHeadersNotFound";
        public const string ImportNoRows = "GrowthCycles:ImportNoRows";
        public const string ImportTooManyRows = "GrowthCycles:ImportTooManyRows";
        public const string ImportInvalidNumber = "GrowthCycles:ImportInvalidNumber";
        /// <summary>The "lower is better" cell is neither yes nor no in any of the product's languages.</summary>
        public const string ImportInvalidYesNo = "GrowthCycles:ImportInvalidYesNo";
        public const string ImportClassOrIndicatorRequired = "GrowthCycles:ImportClassOrIndicatorRequired";
    }
}
