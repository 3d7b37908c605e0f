namespace KemelSchoolPD.LessonStudy;

public static class LessonStudyConsts
{
    public const int MaxThemeLength = 500;
    public const int MaxQuestionLength = 1000;
    public const int MaxSubjectLength = 128;
    public const int MaxNameLength = 256;
    public const int MaxOrganisationLength = 256;
    public const int MaxMembers = 20;
    public const int MinGrade = 0;
    public const int MaxGrade = 12;
    public const int MaxClassNameLength = 32;
    public const int MaxFocusLength = 2000;
    public const int MaxObjectives = 10;
    public const int MaxObjectiveLength = 500;
    public const int MaxStages = 20;
    public const int MaxStageTitleLength = 200;
    public const int MaxStageTasksLength = 2000;
    public const int MinStageMinutes = 1;
    public const int MaxStageMinutes = 240;
    /// <summary>Usually three case pupils; a group may follow fewer or a few more.</summary>
    public const int MinCasePupils = 1;
    public const int MaxCasePupils = 6;
    public const int MaxPseudonymLength = 32;
    public const int MaxReasonNoteLength = 200;
    public const int MaxPredictionLength = 1000;
    public const int MaxNoteLength = 2000;
    public const int MaxNotesPerBatch = 200;
    public const int MaxInterviewAnswerLength = 1000;
    public const int MaxDiscussionTextLength = 10000;
    public const int MaxLibraryTextLength = 20000;
    public const int MaxRounds = 20;

    /// <summary>The report's template name (kk and ru), replaceable by the school like any other.</summary>
    public const string DocumentTemplate = "LessonStudyReport";
}
