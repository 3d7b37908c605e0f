namespace KemelSchoolPD.LessonObservations;

/// <summary>Developmental observations belong to the teacher; evaluation ones (attestation) to the administration.</summary>
public enum ObservationPurpose
{
    Developmental = 1,
    Evaluation = 2,
}

/// <summary>The caller's part in an observation: the observed teacher or the observer.</summary>
public enum ObservationRole
{
    ObservedMe = 1,
    ObservedByMe = 2,
}

public enum ObservationStatus
{
    Draft = 1,
    Signed = 2,
}

/// <summary>Did the lesson's activities serve its learning objectives (the school indicator "lessons matching objectives").</summary>
public enum ObjectivesMatch
{
    NotAssessed = 0,
    Yes = 1,
    Partly = 2,
    No = 3,
}

public enum ObservationEventKind
{
    Signed = 1,
    Reopened = 2,
    Replied = 3,
}

public static class LessonObservationConsts
{
    public const int MaxShortText = 256;
    public const int MaxLongText = 4000;
    public const int MaxNotes = 100;
    public const int MaxMinute = 240;
    public const int MaxCriteria = 40;
}
