using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Mentoring;

/// <summary>Mentoring's kinds of "my work" items and notifications (stable codes).</summary>
public static class MentoringWorkKinds
{
    /// <summary>Item for the director and deputies: a young specialist has no active mentor (seed 004: every novice has one).</summary>
    public const string WithoutMentor = "Mentoring.WithoutMentor";
    /// <summary>Item for a next step's owner, with its due date.</summary>
    public const string StepDue = "Mentoring.StepDue";
    /// <summary>Item for the mentor: the pair is behind the school's meeting rhythm (due soon, then overdue).</summary>
    public const string BehindCadence = "Mentoring.BehindCadence";
    /// <summary>Event for the mentee: a meeting was planned.</summary>
    public const string MeetingScheduled = "Mentoring.MeetingScheduled";

    public const string Module = "Mentoring";

    public static string PairLink(Guid pairId) => $"/mentoring/pairs/{pairId}";

    public static string MeetingLink(Guid meetingId) => $"/mentoring/meetings/{meetingId}";

    public static string NewPairLink(Guid menteeId) => $"/mentoring/pairs/new?menteeId={menteeId}";

    public static IServiceCollection AddMentoringMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, MentoringMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, MentoringNotifier>()
        .AddScoped<IRecordReadCheck, MentoringPairReadCheck>()
        .AddScoped<IRecordReadCheck, MentoringMeetingReadCheck>()
        .AddScoped<IRecordReadCheck, MentoringNextStepReadCheck>()
        .AddNotificationKinds(Module, k => k.Immediate(MeetingScheduled).Reminders(StepDue, BehindCadence));
}

/// <summary>
/// Young specialists without an active mentor (the administration's), next steps not done (their owner's, with the due date) and
/// pairs behind the school's meeting rhythm (the mentor's). A private note is never read here.
/// </summary>
public sealed class MentoringMyWorkSource(IKemelSchoolPDDbContext db, MentoringSettingsAppService settings) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; }
        = [MentoringWorkKinds.WithoutMentor, MentoringWorkKinds.StepDue, MentoringWorkKinds.BehindCadence];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var caller = query.Caller;
        var viewAll = caller is null || MentoringReadAccess.ReadsAll(caller.Granted);
        var manage = caller is null || caller.Has(KemelSchoolPDPermissions.Mentoring.Manage);
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var entries = new List<MyWorkEntry>();
        var activePairs = query.Schools(db.MentoringPairs.AsNoTracking()).Where(MentoringPair.Active)
            .Where(MentoringPair.VisibleTo(caller?.StaffId, viewAll));

        // 1. Young specialists without an active mentor pair: the administration pairs them (no due date, no reminder).
        if (caller is not null && manage)
        {
            var without = await query.Schools(db.StaffMembers.AsNoTracking())
                .Where(MentoringPair.YoungSpecialistWithoutMentor(db.MentoringPairs))
                .Select(s => new { s.Id, s.TenantId, s.FullName }).ToListAsync(ct);
            entries.AddRange(without.Select(s => new MyWorkEntry(s.TenantId, MentoringWorkKinds.WithoutMentor,
                new NotificationRecord(
                    nameof(StaffMember),
                    s.Id,
                    MentoringWorkKinds.NewPairLink(s.Id)), MyWorkRole.Administration, null, null, s.Id, s.FullName,
                MyWorkAudience.Holders(null, KemelSchoolPDPermissions.Mentoring.Manage), new Dictionary<string, string>
                {
                    ["Teacher"] = s.FullName
                })
            { Remind = false }));
        }

        // 2. Next steps not done, of active pairs: their owner's.
        var steps = await (
                from s in query.Schools(db.MentoringNextSteps.AsNoTracking())
                where s.DoneAt == null && (!mine || s.OwnerStaffMemberId == me)
                join p in activePairs on s.PairId equals p.Id
                join owner in db.StaffMembers on s.OwnerStaffMemberId equals owner.Id
                join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
                where !owner.IsArchived
                select new
                {
                    s.Id, s.TenantId, s.MeetingId, s.Text, s.Owner, s.OwnerStaffMemberId, OwnerName = owner.FullName, s.DueOn, p
                    .MenteeStaffMemberId, MenteeName = mentee.FullName
                })
            .ToListAsync(ct);
        entries.AddRange(steps.Select(s => new MyWorkEntry(s.TenantId, MentoringWorkKinds.StepDue,
            new NotificationRecord(nameof(MentoringNextStep), s.Id, MentoringWorkKinds.MeetingLink(s.MeetingId), s.DueOn),
            s.Owner == MentoringStepOwner.Mentor ? MyWorkRole.Mentor : MyWorkRole.Teacher, s.OwnerStaffMemberId, s.OwnerName,
            s.MenteeStaffMemberId, s.MenteeName, MyWorkAudience.Person(s.OwnerStaffMemberId),
            new Dictionary<string, string> { ["Step"] = s.Text, ["Teacher"] = s.MenteeName })));

        // 3. Pairs behind the rhythm: the mentor's (due soon, then overdue).
        var pairs = await (
                from p in activePairs
                where !mine || p.MentorStaffMemberId == me
                join mentor in db.StaffMembers on p.MentorStaffMemberId equals mentor.Id
                join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
                where !mentor.IsArchived && !mentee.IsArchived
                select new
                {
                    p.Id, p.TenantId, p.StartsOn, p.MentorStaffMemberId, MentorName = mentor.FullName, p
                        .MenteeStaffMemberId, MenteeName = mentee.FullName,
                    LastHeld = db.MentoringMeetings.Where(m => m.PairId == p.Id && m.Status == MentoringMeetingStatus.Held)
                        .Max(m => (DateTime?)m.StartsAt),
                    NextPlanned = db.MentoringMeetings.Where(m => m.PairId == p.Id && m.Status == MentoringMeetingStatus.Scheduled)
                        .Min(m => (DateTime?)m.StartsAt),
                })
            .ToListAsync(ct);
        var rulesOf = await settings.RulesForAsync(caller is null, pairs.Select(p => p.TenantId).Distinct().ToList(), ct);
        foreach (var p in pairs)
        {
            var rules = rulesOf(p.TenantId);
            var due = rules.NextMeetingDue(p.StartsOn, p.LastHeld is { } held ? DateOnly.FromDateTime(held) : null);
            // A meeting planned by the due day keeps the pair on rhythm.
            if (p.NextPlanned is { } planned && DateOnly.FromDateTime(planned) <= due) continue;
            var state = query.RulesOf(p.TenantId).StateOf(due, query.Today);
            if (state == MyWorkState.Open) continue;
            entries.Add(new MyWorkEntry(p.TenantId, MentoringWorkKinds
                .BehindCadence, new NotificationRecord(nameof(MentoringPair), p.Id, MentoringWorkKinds.PairLink(p.Id), due),
                MyWorkRole.Mentor, p.MentorStaffMemberId, p.MentorName, p.MenteeStaffMemberId, p.MenteeName, MyWorkAudience.Person(
                    p.MentorStaffMemberId),
                new Dictionary<string, string>
                {
                    ["Teacher"] = p.MenteeName,
                    ["Meetings"] = rules.CadenceMeetings.ToString(CultureInfo.InvariantCulture), ["Days"] = rules.CadenceDays
                        .ToString(CultureInfo.InvariantCulture),
                }));
        }
        return entries;
    }
}

/// <summary>A meeting planned → the mentee (never anything of its notes).</summary>
public sealed class MentoringNotifier(IKemelSchoolPDDbContext db, MentoringSettingsAppService settings) : RecordNotifier(db)
{
    protected override async Task<IReadOnlyList<RecordNotice>> FindAsync(RecordChangeSet changes, CancellationToken ct)
    {
        var added = changes.Added<MentoringMeeting>().ToList();
        if (added.Count == 0) return [];
        var zone = (await settings.RulesAsync(ct)).Zone; // the day as the school reads it
        return added.Select(meeting => Notice(MentoringWorkKinds.MeetingScheduled,
            new NotificationRecord(nameof(MentoringMeeting), meeting.Id, MentoringWorkKinds.MeetingLink(meeting.Id)),
            MyWorkAudience.Person(meeting.MenteeStaffMemberId),
            new Dictionary<string, string>
            {
                ["Date"] = SchoolTimeZone.ToSchool(meeting.StartsAt, zone)
                    .ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture),
                ["Minutes"] = meeting.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            },
            ("Mentor", meeting.MentorStaffMemberId))).ToList();
    }
}

/// <summary>The pair's read rule (<see cref="MentoringPair.VisibleTo"/>, <see cref="MentoringReadAccess.ReadsAll"/>) for any
/// reader.</summary>
public sealed class MentoringPairReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<MentoringPair>(MentoringPair.VisibleTo, MentoringReadAccess.ReadsAll)
{
    public override string RecordType => nameof(MentoringPair);

    protected override async Task<IReadOnlyDictionary<Guid, MentoringPair>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.MentoringPairs.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
}

/// <summary>The meeting's read rule for any reader.</summary>
public sealed class MentoringMeetingReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<MentoringMeeting>(MentoringMeeting.VisibleTo, MentoringReadAccess.ReadsAll)
{
    public override string RecordType => nameof(MentoringMeeting);

    protected override async Task<IReadOnlyDictionary<Guid, MentoringMeeting>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.MentoringMeetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
}

/// <summary>A next step is read by whoever reads its meeting.</summary>
public sealed class MentoringNextStepReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<MentoringMeeting>(MentoringMeeting.VisibleTo, MentoringReadAccess.ReadsAll)
{
    public override string RecordType => nameof(MentoringNextStep);

    protected override async Task<IReadOnlyDictionary<Guid, MentoringMeeting>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await (from s in db.MentoringNextSteps.AsNoTracking().Where(s => ids.Contains(s.Id))
               join m in db.MentoringMeetings.AsNoTracking() on s.MeetingId equals m.Id
               select new { StepId = s.Id, Meeting = m }).ToDictionaryAsync(x => x.StepId, x => x.Meeting, ct);
}
