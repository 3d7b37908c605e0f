namespace KemelSchoolPD.ActionResearch;

public static class ActionResearchConsts
{
    public const int MaxTitleLength = 300;
    public const int MaxShortTextLength = 500;
    public const int MaxTextLength = 10000;
    public const int MaxMembers = 30;
    public const int MaxLessons = 50;
    public const int MaxResultRows = 200;
    public const int MaxDataItemsPerCycle = 100;
    public const string DocumentTemplate = "ActionResearchReport";
}
