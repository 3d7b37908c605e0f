using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.LessonStudy;

/// <summary>Lesson Study's kinds of "my work" items and notifications (stable codes). None carries anything about a pupil.</summary>
public static class LessonStudyWorkKinds
{
    /// <summary>Item for each member but the teacher: a research lesson to observe, due on its day.</summary>
    public const string ObserveLesson = "LessonStudy.ObserveLesson";
    /// <summary>Item for every member: a taught research lesson waits for its post-lesson discussion.</summary>
    public const string AttendDiscussion = "LessonStudy.AttendDiscussion";
    /// <summary>Item for a member who has not yet consented to publishing the group's report the facilitator asked about.</summary>
    public const string ConsentReport = "LessonStudy.ConsentReport";
    /// <summary>Event for the members: a research lesson was planned.</summary>
    public const string LessonPlanned = "LessonStudy.LessonPlanned";

    public const string Module = "LessonStudy";

    /// <summary>Days after the lesson by which the group is expected to have discussed it.</summary>
    public const int DiscussWithinDays = 7;

    public static string GroupLink(Guid groupId) => $"/lesson-study/groups/{groupId}";

    public static string LessonLink(Guid lessonId) => $"/lesson-study/lessons/{lessonId}";

    public static string ObserveLink(Guid lessonId) => $"/lesson-study/lessons/{lessonId}/observe";

    public static string DiscussionLink(Guid lessonId) => $"/lesson-study/lessons/{lessonId}/discussion";

    public static IServiceCollection AddLessonStudyMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, LessonStudyMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, LessonStudyNotifier>()
        .AddScoped<IRecordReadCheck, LessonStudyGroupReadCheck>()
        .AddScoped<IRecordReadCheck, ResearchLessonReadCheck>()
        .AddNotificationKinds(Module, k => k.Immediate(LessonPlanned).Reminders(ObserveLesson, AttendDiscussion, ConsentReport));
}

/// <summary>
/// Research lessons to observe (each member but the teacher, due on the lesson's day), discussions to attend (every member, once
/// the lesson day has passed and until the round is discussed) and reports waiting for a member's consent. Only groups the caller
/// reads; never a pupil.
/// </summary>
public sealed class LessonStudyMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; }
        = [LessonStudyWorkKinds.ObserveLesson, LessonStudyWorkKinds.AttendDiscussion, LessonStudyWorkKinds.ConsentReport];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var caller = query.Caller;
        var viewAll = caller is null || LessonStudyReadAccess.ReadsAll(caller.Granted);
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var today = query.Today;
        var groups = query.Schools(db.LessonStudyGroups.AsNoTracking()).Where(LessonStudyGroup.VisibleTo(caller?.StaffId, viewAll));
        var entries = new List<MyWorkEntry>();

        // Open rounds, one row per member of their group.
        var rows = await (
                from l in query.Schools(db.ResearchLessons.AsNoTracking())
                where l.Status == ResearchLessonStatus.Planned
                join g in groups on l.GroupId equals g.Id
                join m in db.LessonStudyMembers on g.Id equals m.GroupId
                where !mine || m.StaffMemberId == me
                join s in db.StaffMembers on m.StaffMemberId equals s.Id
                where !s.IsArchived
                select new
                {
                    l.Id, l.TenantId, l.RoundNumber, l.LessonDate, l.ClassName, l.TeacherStaffMemberId, g.Theme, m.StaffMemberId, s
                    .FullName
                })
            .ToListAsync(ct);
        foreach (var r in rows)
        {
            var values = new Dictionary<string, string>
            {
                ["Theme"] = r.Theme, ["Round"] = r.RoundNumber.ToString(CultureInfo.InvariantCulture), ["Class"] = r.ClassName,
                ["Date"] = r.LessonDate.ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture),
            };
            if (r.LessonDate >= today)
            {
                if (r.StaffMemberId == r.TeacherStaffMemberId) continue;
                entries.Add(new MyWorkEntry(r.TenantId, LessonStudyWorkKinds.ObserveLesson,
                    new NotificationRecord(nameof(ResearchLesson), r.Id, LessonStudyWorkKinds.ObserveLink(r.Id), r.LessonDate),
                    MyWorkRole.Observer, r.StaffMemberId, r.FullName, null, null, MyWorkAudience.Person(r.StaffMemberId), values));
            }
            else
            {
                entries.Add(new MyWorkEntry(r.TenantId, LessonStudyWorkKinds.AttendDiscussion,
                    new NotificationRecord(
                        nameof(ResearchLesson),
                        r.Id,
                        LessonStudyWorkKinds.DiscussionLink(r.Id),
                        r.LessonDate.AddDays(LessonStudyWorkKinds.DiscussWithinDays)),
                    MyWorkRole.Teacher, r.StaffMemberId, r.FullName, null, null, MyWorkAudience.Person(r.StaffMemberId), values));
            }
        }

        // Reports the facilitator asked consent for, not yet published: each member who has not consented.
        var consents = await (
                from g in groups
                where g.ConsentRequestedAt != null && g.LibraryItemId == null
                join m in db.LessonStudyMembers on g.Id equals m.GroupId
                where m.PublishConsentAt == null && (!mine || m.StaffMemberId == me)
                join s in db.StaffMembers on m.StaffMemberId equals s.Id
                where !s.IsArchived
                select new { g.Id, g.TenantId, g.Theme, m.StaffMemberId, s.FullName })
            .ToListAsync(ct);
        entries.AddRange(consents.Select(c => new MyWorkEntry(c.TenantId, LessonStudyWorkKinds.ConsentReport,
            new NotificationRecord(nameof(LessonStudyGroup), c.Id, LessonStudyWorkKinds.GroupLink(c.Id)), MyWorkRole.Teacher, c
                .StaffMemberId, c.FullName,
            null, null, MyWorkAudience.Person(c.StaffMemberId), new Dictionary<string, string> { ["Theme"] = c.Theme })
        { Remind = false }));
        return entries;
    }
}

/// <summary>A research lesson planned → every member of its group but the one who planned it (the group's theme, the round, class and day;
/// no pupil).</summary>
public sealed class LessonStudyNotifier(IKemelSchoolPDDbContext db, Staff.CurrentStaffMember currentStaff) : RecordNotifier(db)
{
    protected override async Task<IReadOnlyList<RecordNotice>> FindAsync(RecordChangeSet changes, CancellationToken ct)
    {
        var added = changes.Added<ResearchLesson>().ToList();
        if (added.Count == 0) return [];
        var me = await currentStaff.GetIdAsync(ct);
        var groupIds = added.Select(l => l.GroupId).Distinct().ToList();
        var groups = await Db.LessonStudyGroups.AsNoTracking().Include(g => g.Members).Where(g => groupIds.Contains(g.Id)).ToListAsync(ct);
        return (
            from lesson in added
            join g in groups on lesson.GroupId equals g.Id
            from member in g.Members
            where member.StaffMemberId != me
            select Notice(LessonStudyWorkKinds.LessonPlanned,
                new NotificationRecord(nameof(ResearchLesson), lesson.Id, LessonStudyWorkKinds.LessonLink(lesson.Id)),
                MyWorkAudience.Person(member.StaffMemberId),
                new Dictionary<string, string>
                {
                    ["Theme"] = g.Theme, ["Round"] = lesson.RoundNumber.ToString(CultureInfo.InvariantCulture),
                    ["Class"] = lesson.ClassName,
                    ["Date"] = lesson.LessonDate.ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture),
                })).ToList();
    }
}

/// <summary>The group's read rule (<see cref="LessonStudyGroup.VisibleTo"/>) for any reader.</summary>
public sealed class LessonStudyGroupReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<LessonStudyGroup>(LessonStudyGroup.VisibleTo, LessonStudyReadAccess.ReadsAll)
{
    public override string RecordType => nameof(LessonStudyGroup);

    protected override async Task<IReadOnlyDictionary<Guid, LessonStudyGroup>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.LessonStudyGroups.AsNoTracking().Include(g => g.Members).Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
}

/// <summary>A round is read by whoever reads its group.</summary>
public sealed class ResearchLessonReadCheck(IKemelSchoolPDDbContext db)
    : VisibleToReadCheck<LessonStudyGroup>(LessonStudyGroup.VisibleTo, LessonStudyReadAccess.ReadsAll)
{
    public override string RecordType => nameof(ResearchLesson);

    protected override async Task<IReadOnlyDictionary<Guid, LessonStudyGroup>> LoadAsync(List<Guid> ids, CancellationToken ct)
    {
        var lessons = await db.ResearchLessons.AsNoTracking().Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.GroupId })
            .ToListAsync(ct);
        var groupIds = lessons.Select(l => l.GroupId).Distinct().ToList();
        var groups = await db.LessonStudyGroups.AsNoTracking().Include(g => g.Members).Where(g => groupIds.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, ct);
        return lessons.Where(l => groups.ContainsKey(l.GroupId)).ToDictionary(l => l.Id, l => groups[l.GroupId]);
    }
}
