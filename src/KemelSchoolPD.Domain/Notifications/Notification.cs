using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// A message to one user of the school about one record. <see cref="Kind"/> is a stable code ("DevelopmentPlans.Submitted");
/// its text is the localization key "Notification:{Kind}" whose {placeholders} are filled from <see cref="Values"/> when read,
/// so each reader sees it in their own language. <see cref="IdempotencyKey"/> is unique per user: an event writes a key of its
/// own, a reminder the key "kind:record:due date:stage", so a reminder job that runs twice (or on two nodes) writes it once.
/// </summary>
public sealed class Notification : AggregateRoot<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public string Kind { get; private set; } = null!;
    /// <summary>A reminder's stage ("DueSoon", "Overdue", "Months6"…), which frames the item's text; null for an event.</summary>
    public string? Stage { get; private set; }
    public Dictionary<string, string> Values { get; private set; } = [];
    /// <summary>The record it is about (the CLR type name, as the audit log writes it) and its id; null for none.</summary>
    public string? RecordType { get; private set; }
    public Guid? RecordId { get; private set; }
    /// <summary>Where the web app shows the record ("/development-plans/{id}").</summary>
    public string? LinkPath { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public string IdempotencyKey { get; private set; } = null!;
    /// <summary>False when the person turned this kind off in the app but still receives it by e-mail.</summary>
    public bool ShowInApp { get; private set; }
    public NotificationEmailState EmailState { get; private set; }
    /// <summary>The run of the digest job that took it (claims it once, whichever node runs it).</summary>
    public Guid? EmailBatchId { get; private set; }
    public DateTime CreationTime { get; private set; }
    public DateTime? ReadTime { get; private set; }

    private Notification() { }

    public Notification(
        Guid id,
        Guid? tenantId,
        Guid userId,
        string kind,
        string? stage,
        NotificationRecord? record,
        Dictionary<string, string> values,
        string idempotencyKey,
        bool showInApp,
        NotificationEmailState emailState,
        DateTime now) : base(id)
    {
        if (tenantId is { } tenant) TenantId = tenant;
        UserId = userId;
        Kind = Check.NotNullOrWhiteSpace(kind, nameof(Kind), NotificationConsts.MaxKindLength);
        Stage = Check.NullIfEmpty(stage, nameof(Stage), NotificationConsts.MaxStageLength);
        RecordType = record?.Type;
        RecordId = record?.Id;
        LinkPath = record?.LinkPath;
        DueDate = record?.DueDate;
        Values = values;
        IdempotencyKey = Check.NotNullOrWhiteSpace(idempotencyKey, nameof(IdempotencyKey), NotificationConsts.MaxIdempotencyKeyLength);
        ShowInApp = showInApp;
        EmailState = emailState;
        CreationTime = now;
    }

    public static string TextKeyOf(string kind) => "Notification:" + kind;

    /// <summary>The localization key of the kind's short title (lists, preferences).</summary>
    public static string TitleKeyOf(string kind) => "NotificationKind:" + kind;

    public Notification MarkRead(DateTime now)
    {
        ReadTime ??= now;
        return this;
    }
}

/// <summary>What a notification is about: the record, where the web app shows it, and its due date when it has one.</summary>
public sealed record NotificationRecord(string Type, Guid Id, string LinkPath, DateOnly? DueDate = null);

/// <summary>What happens to a notification by e-mail.</summary>
public enum NotificationEmailState
{
    /// <summary>Not sent by e-mail (the person's choice).</summary>
    None = 0,
    /// <summary>Handed to the outbox, in the same transaction that wrote it or in a digest.</summary>
    Queued = 1,
    /// <summary>Waits for the person's daily digest.</summary>
    Digest = 2,
    /// <summary>Left out at send time: the account, the school or the reader's right to the record is gone.</summary>
    Skipped = 3,
}

/// <summary>
/// A person's choice for one kind of notification (<see cref="UserId"/> set), or the school's default for everyone who made
/// none (<see cref="UserId"/> null). Without either, the kind's own default applies.
/// </summary>
public sealed class NotificationPreference : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid? UserId { get; private set; }
    public string Kind { get; private set; } = null!;
    public bool InApp { get; private set; }
    public NotificationEmailMode Email { get; private set; }

    private NotificationPreference() { }

    public NotificationPreference(Guid? userId, string kind, bool inApp, NotificationEmailMode email) : base(Guid.CreateVersion7())
    {
        UserId = userId;
        Kind = Check.NotNullOrWhiteSpace(kind, nameof(Kind), NotificationConsts.MaxKindLength);
        Set(inApp, email);
    }

    public NotificationPreference Set(bool inApp, NotificationEmailMode email)
    {
        InApp = inApp;
        Email = Check.Defined(email, nameof(Email));
        return this;
    }
}
