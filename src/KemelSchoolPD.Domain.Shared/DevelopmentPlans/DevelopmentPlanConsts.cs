namespace KemelSchoolPD.DevelopmentPlans;

public static class DevelopmentPlanConsts
{
    public const int MaxShortTextLength = 500;
    public const int MaxLongTextLength = 4000;
    public const int MaxGoals = 30;
    public const int MaxItems = 200;
    public const int MaxEvidencePerEntry = 20;
    public const int MaxUrlLength = 1000;
    public const int MaxCommentLength = 4000;
    public const int MaxReasonLength = 1000;
    public const int MaxTemplateNameLength = 200;
    public const int MaxTemplateSections = 20;
    public const int MaxTemplateRows = 40;
    public const int MaxKeyLength = 64;
    public const decimal MaxNumber = 1_000_000m;
}

/// <summary>Names of the DOCX templates of the two built-in layouts.</summary>
public static class DevelopmentPlanDocuments
{
    public const string Table17 = "DevelopmentPlan.Table17";
    public const string Table18 = "DevelopmentPlan.Table18";
}
