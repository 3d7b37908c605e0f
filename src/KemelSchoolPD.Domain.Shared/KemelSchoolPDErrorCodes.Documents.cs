namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Documents
    {
        public const string UnknownTemplate = "Documents:UnknownTemplate";
        public const string UnsupportedCulture = "Documents:UnsupportedCulture";
        public const string InvalidTemplate = "Documents:InvalidTemplate";
        public const string NotCustomized = "Documents:NotCustomized";
        /// <summary>Goes with <see cref="InvalidTemplate"/> on saving: the template line at fault.</summary>
        public const string InvalidTemplateLine = "Documents:InvalidTemplateLine";
        /// <summary>A school's saved template failed at printing (a loop over real data ran out of its budget).</summary>
        public const string TemplateFailed = "Documents:TemplateFailed";
        public const string TemplateFailedAtLine = "Documents:TemplateFailedAtLine";
    }
}
