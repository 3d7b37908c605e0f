namespace KemelSchoolPD.Notifications;

/// <summary>How a person receives a kind of notification by e-mail.</summary>
public enum NotificationEmailMode
{
    Off = 1,
    /// <summary>One e-mail as it happens.</summary>
    Immediate = 2,
    /// <summary>Collected into one e-mail a day.</summary>
    Digest = 3,
}

public static class NotificationConsts
{
    public const int MaxKindLength = 64;
    public const int MaxStageLength = 16;
    public const int MaxRecordTypeLength = 64;
    public const int MaxLinkPathLength = 256;
    public const int MaxIdempotencyKeyLength = 200;
}
