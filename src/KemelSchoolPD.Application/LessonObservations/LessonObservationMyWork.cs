using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.LessonObservations;

/// <summary>The observations' kinds of "my work" items and notifications (stable codes).</summary>
public static class LessonObservationWorkKinds
{
    /// <summary>Item for the observer: an evaluation observation still a draft (due: the lesson + the school's days).</summary>
    public const string SignatureDue = "LessonObservations.SignatureDue";
    /// <summary>Item for the teacher: a signed observation of their lesson without their reply (due: the lesson + the school's
    /// days).</summary>
    public const string ReplyDue = "LessonObservations.ReplyDue";
    /// <summary>Event for the teacher: the observer signed the observation.</summary>
    public const string Signed = "LessonObservations.Signed";
    /// <summary>Event for the observer: the teacher replied.</summary>
    public const string Replied = "LessonObservations.Replied";

    public const string Module = "LessonObservations";

    public static string Link(Guid observationId) => $"/lesson-observations/{observationId}";

    public static IServiceCollection AddLessonObservationMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, LessonObservationMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, LessonObservationNotifier>()
        .AddScoped<IRecordReadCheck, LessonObservationReadCheck>()
        .AddNotificationKinds(Module, k => k.Immediate(Signed).Events(Replied).Reminders(SignatureDue, ReplyDue));

    internal static Dictionary<string, string> Values(string teacher, string observer, DateOnly lessonDate, LessonDetails lesson) => new()
    {
        ["Teacher"] = teacher, ["Observer"] = observer, ["LessonDate"] = lessonDate.ToString(
            NotificationTexts.DateFormat,
            CultureInfo.InvariantCulture),
        ["Subject"] = lesson.Subject, ["ClassName"] = lesson.ClassName,
    };
}

/// <summary>This academic year's evaluation observations to sign (the observer's) and signed observations to answer (the
/// teacher's).</summary>
public sealed class LessonObservationMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } = [LessonObservationWorkKinds.SignatureDue, LessonObservationWorkKinds.ReplyDue];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var from = AcademicYears.FirstDay(query.AcademicYear);
        var observations = query.Schools(db.LessonObservations.AsNoTracking()).Where(o => o.LessonDate >= from);
        var caller = query.Caller;
        if (caller is not null)
            observations = observations.Where(
                LessonObservation.VisibleTo(caller.StaffId, caller.Has(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations)));
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var rows = await (
            from o in observations
            where (o.Purpose == ObservationPurpose.Evaluation && o.Status == ObservationStatus.Draft
                && (!mine || o.ObserverStaffMemberId == me))
                  || (o.Status == ObservationStatus.Signed && o.TeacherReply == null && (!mine || o.ObservedStaffMemberId == me))
            join t in query.Schools(db.StaffMembers) on o.ObservedStaffMemberId equals t.Id
            join b in query.Schools(db.StaffMembers) on o.ObserverStaffMemberId equals b.Id
            where !t.IsArchived
            select new
            {
                o.Id, o.TenantId, o.ObservedStaffMemberId, TeacherName = t.FullName, o.ObserverStaffMemberId, ObserverName = b.FullName,
                ObserverArchived = b.IsArchived, o.LessonDate, o.Lesson, o.Status
            }).ToListAsync(ct);

        var entries = new List<MyWorkEntry>();
        foreach (var o in rows)
        {
            var rules = query.RulesOf(o.TenantId);
            var values = LessonObservationWorkKinds.Values(o.TeacherName, o.ObserverName, o.LessonDate, o.Lesson);
            if (o.Status == ObservationStatus.Draft)
            {
                if (o.ObserverArchived) continue;
                entries.Add(new MyWorkEntry(o.TenantId, LessonObservationWorkKinds.SignatureDue,
                    new NotificationRecord(
                        nameof(LessonObservation),
                        o.Id,
                        LessonObservationWorkKinds.Link(o.Id),
                        o.LessonDate.AddDays(rules.ObservationSignDays)),
                    MyWorkRole.Observer, o.ObserverStaffMemberId, o.ObserverName, o.ObservedStaffMemberId, o.TeacherName,
                    MyWorkAudience.Person(o.ObserverStaffMemberId), values));
            }
            else
                entries.Add(new MyWorkEntry(o.TenantId, LessonObservationWorkKinds.ReplyDue,
                    new NotificationRecord(
                        nameof(LessonObservation),
                        o.Id,
                        LessonObservationWorkKinds.Link(o.Id),
                        o.LessonDate.AddDays(rules.ObservationReplyDays)),
                    MyWorkRole.Teacher, o.ObservedStaffMemberId, o.TeacherName, o.ObservedStaffMemberId, o.TeacherName,
                    MyWorkAudience.Person(o.ObservedStaffMemberId), values));
        }
        return entries;
    }
}

/// <summary>Signed → the observed teacher; a reply → the observer.</summary>
public sealed class LessonObservationNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes)
    {
        var signed = changes.Changed((LessonObservation o) => o.Status).Where(o => o.Status == ObservationStatus.Signed)
            .Select(o => Notice(o, LessonObservationWorkKinds.Signed, o.ObservedStaffMemberId));
        var replied = changes.Changed((LessonObservation o) => o.RepliedAt).Where(o => o.RepliedAt is not null)
            .Select(o => Notice(o, LessonObservationWorkKinds.Replied, o.ObserverStaffMemberId));
        return signed.Concat(replied);
    }

    private static RecordNotice Notice(LessonObservation o, string kind, Guid to) =>
        Notice(kind, new NotificationRecord(nameof(LessonObservation), o.Id, LessonObservationWorkKinds.Link(o.Id)),
            MyWorkAudience.Person(to), LessonObservationWorkKinds.Values("", "", o.LessonDate, o.Lesson),
            ("Teacher", o.ObservedStaffMemberId), ("Observer", o.ObserverStaffMemberId));
}

/// <summary>The observation's read rule (<see cref="LessonObservation.VisibleTo"/>) for any reader.</summary>
public sealed class LessonObservationReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<LessonObservation>(
        LessonObservation.VisibleTo,
        granted => granted.Contains(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations))
{
    public override string RecordType => nameof(LessonObservation);

    protected override async Task<IReadOnlyDictionary<Guid, LessonObservation>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.LessonObservations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
}
