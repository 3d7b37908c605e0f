namespace KemelSchoolPD.Documents;

public static class DocumentTemplateConsts
{
    public const int MaxNameLength = 64;
    public const int MaxCultureLength = 8;
    public const int MaxContentLength = 200_000;

    /// <summary>Documents are written in the school's working languages; English readers get the Russian text.</summary>
    public static readonly string[] Cultures = ["kk", "ru"];
}
