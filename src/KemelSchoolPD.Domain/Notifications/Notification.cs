using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// A message to one user of the school. <see cref="Code"/> is a localization key whose {placeholders} are filled from
/// <see cref="Values"/> when read, so each reader sees it in their own language. <see cref="SubjectKey"/> names what it is
/// about, so a job that runs every day never notifies twice about the same thing.
/// </summary>
public sealed class Notification : AggregateRoot<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public string Code { get; private set; } = null!;
    public string SubjectKey { get; private set; } = null!;
    public Dictionary<string, string> Values { get; private set; } = [];
    public DateTime CreationTime { get; private set; }
    public DateTime? ReadTime { get; private set; }

    private Notification() { }

    public Notification(Guid userId, string code, string subjectKey, Dictionary<string, string> values, DateTime now) : base(Guid.CreateVersion7())
    {
        UserId = userId;
        Code = Check.NotNullOrWhiteSpace(code, nameof(Code), NotificationConsts.MaxCodeLength);
        SubjectKey = Check.NotNullOrWhiteSpace(subjectKey, nameof(SubjectKey), NotificationConsts.MaxSubjectKeyLength);
        Values = values;
        CreationTime = now;
    }

    public Notification MarkRead(DateTime now)
    {
        ReadTime ??= now;
        return this;
    }
}

public static class NotificationConsts
{
    public const int MaxCodeLength = 128;
    public const int MaxSubjectKeyLength = 128;
    /// <summary>Staff whose category expires within this many days are announced to the school's leadership.</summary>
    public const int CategoryExpiryNoticeDays = 180;
}

public static class NotificationCodes
{
    public const string CategoryExpiring = "Notification:CategoryExpiring";
}
