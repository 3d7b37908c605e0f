using KemelSchoolPD.Entities;
using KemelSchoolPD.Notifications;

namespace KemelSchoolPD.MyWork;

/// <summary>
/// A module's part of "my work": what its records wait for, computed from the records (never a stored copy). Each module
/// registers one in its Add{Module}() (<c>services.AddScoped&lt;IMyWorkSource, …&gt;()</c>); <see cref="MyWorkAppService"/> and the
/// reminder sweep merge them all, with no central list of kinds. A source answers in a fixed number of SQL statements whatever
/// the number of records, and only with records the caller may read (the module's own read rule).
/// </summary>
public interface IMyWorkSource
{
    /// <summary>The kinds of item it yields (stable codes, "Module.What"); each has the texts "NotificationKind:{Kind}" and
    /// "MyWork:{Kind}".</summary>
    IReadOnlyList<string> Kinds { get; }

    Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct);
}

/// <summary>The signed-in person asking: their staff record and their permissions in the school.</summary>
public sealed record MyWorkCaller(Guid UserId, Guid? StaffId, IReadOnlySet<string> Granted)
{
    public bool Has(string permission) => Granted.Contains(permission);
}

/// <summary>
/// What is asked. With a <see cref="Caller"/>: the caller's school, only records the caller may read; <see cref="OnlyMine"/> keeps
/// the items waiting for the caller (else every item of the school the caller may read). Without one (the reminder sweep): every
/// item of the schools in <see cref="TenantIds"/>, read with the school filter off.
/// </summary>
public sealed record MyWorkQuery(
    DateOnly Today,
    MyWorkCaller? Caller,
    bool OnlyMine,
    IReadOnlyCollection<Guid>? TenantIds,
    Func<Guid, MyWorkRules> RulesOf)
{
    public int AcademicYear => AcademicYears.Of(Today);

    /// <summary>Whether the caller asks for their own list, and so sources may leave out in SQL what cannot be theirs.</summary>
    public bool Mine => Caller is not null && OnlyMine;

    /// <summary>For the sweep, the batch's schools; the caller's school is already the only one the filter lets through.</summary>
    public IQueryable<T> Schools<T>(IQueryable<T> query) where T : IMultiTenant =>
        TenantIds is { } ids ? query.Where(e => ids.Contains(e.TenantId)) : query;
}

/// <summary>
/// Who an item waits for: one staff member, or everyone holding all of <see cref="Permissions"/> in the school except the
/// record's own teacher (nobody reviews their own plan).
/// </summary>
public sealed record MyWorkAudience(Guid? StaffId, IReadOnlyList<string>? Permissions = null, Guid? ExceptStaffId = null)
{
    public static MyWorkAudience Person(Guid staffId) => new(staffId);

    public static MyWorkAudience Holders(Guid? exceptStaffId, params string[] permissions) => new(null, permissions, exceptStaffId);

    public bool Includes(Guid? staffId, IReadOnlySet<string> granted) =>
        StaffId is { } person
            ? staffId == person
            : Permissions is { Count: > 0 } required && required.All(granted.Contains)
                && (ExceptStaffId is null || staffId != ExceptStaffId);
}

/// <summary>
/// One item before it is put into words. Its due date is <see cref="NotificationRecord.DueDate"/>; it is due soon from
/// <see cref="SoonFrom"/> (default: the school's "due soon" days before). A reminder is sent once per <see cref="ReminderStage"/>
/// (default: "DueSoon" and "Overdue" as the state reaches them); <see cref="Remind"/> false sends none. <see cref="Primary"/>
/// false marks a second view of the same matter for another person (a mentor's copy), left out of the school's counts.
/// </summary>
public sealed record MyWorkEntry(
    Guid TenantId,
    string Kind,
    NotificationRecord Record,
    MyWorkRole WaitingOn,
    Guid? WaitingOnStaffId,
    string? WaitingOnName,
    Guid? TeacherStaffId,
    string? TeacherName,
    MyWorkAudience Audience,
    IReadOnlyDictionary<string, string> Values)
{
    public DateOnly? SoonFrom { get; init; }
    public bool Remind { get; init; } = true;
    public string? ReminderStage { get; init; }
    public bool Primary { get; init; } = true;

    public MyWorkState StateOn(DateOnly today, MyWorkRules rules) => rules.StateOf(Record.DueDate, today, SoonFrom);

    /// <summary>The reminder due today, if any: the source's own stage, else the state reached (due soon, overdue).</summary>
    public string? StageOn(DateOnly today, MyWorkRules rules)
    {
        if (!Remind) return null;
        if (ReminderStage is not null) return ReminderStage;
        return StateOn(today, rules) switch
        {
            MyWorkState.DueSoon => ReminderStages.DueSoon,
            MyWorkState.Overdue => ReminderStages.Overdue,
            _ => null,
        };
    }
}

public static class ReminderStages
{
    public const string DueSoon = "DueSoon";
    public const string Overdue = "Overdue";
}
