using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// The ledger of reminders sent: one row per person and reminder key ("kind:record:due date:stage"), written by the sweep
/// before the notification and kept apart from it, so the notification may be removed (read and past retention) without the
/// reminder coming back. The sweep drops a row once its item is gone from the to-do list or its due date moved (a new key).
/// Written and read only by the sweep's own SQL; never shown.
/// </summary>
public sealed class SentReminder : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public string Kind { get; private set; } = null!;
    public Guid RecordId { get; private set; }
    public DateOnly? DueDate { get; private set; }
    /// <summary>The reminder's key, the same as its notification's <see cref="Notification.IdempotencyKey"/>.</summary>
    public string Key { get; private set; } = null!;
    public DateTime CreationTime { get; private set; }

    private SentReminder() { }
}
