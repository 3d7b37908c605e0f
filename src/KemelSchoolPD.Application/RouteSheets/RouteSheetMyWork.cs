using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.RouteSheets;

/// <summary>The route sheets' kinds of "my work" items and notifications (stable codes).</summary>
public static class RouteSheetWorkKinds
{
    /// <summary>Item for the teacher: the self-marks of the current (or an earlier, unmarked) period, due at the period's end.</summary>
    public const string SelfMarksDue = "RouteSheets.SelfMarksDue";
    /// <summary>Item for the reviewer: a period the teacher marked (or that ended) waits for the reviewer's marks.</summary>
    public const string ReviewerMarksDue = "RouteSheets.ReviewerMarksDue";
    /// <summary>Event for the teacher: the reviewer marked a period.</summary>
    public const string Reviewed = "RouteSheets.Reviewed";

    public const string Module = "RouteSheets";

    public static string Link(Guid sheetId) => $"/route-sheets/{sheetId}";

    /// <summary>A period in the reader's words ("2-тоқсан бойынша", "за 2-ю четверть"): a text key, localized when read.</summary>
    public static string PeriodName(RouteSheetPeriodKind kind, int period) =>
        $"Text:RouteSheets:Period.{kind}.{period.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static IServiceCollection AddRouteSheetMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, RouteSheetMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, RouteSheetNotifier>()
        .AddScoped<IRecordReadCheck, RouteSheetReadCheck>()
        .AddScoped<IDataSeedContributor, RouteSheetMarkSummarySeedContributor>()
        .AddNotificationKinds(Module, k => k.Events(Reviewed).Reminders(SelfMarksDue, ReviewerMarksDue));
}

/// <summary>
/// This year's sheets whose marks are due: for each sheet the earliest period up to the current one that the teacher has not
/// marked (every row), and the earliest the reviewer has not marked once the teacher did or the period ended. The marked
/// periods are columns of the sheet (<see cref="RouteSheet.SelfMarkedPeriods"/>), so this is one query without reading the rows.
/// </summary>
public sealed class RouteSheetMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } = [RouteSheetWorkKinds.SelfMarksDue, RouteSheetWorkKinds.ReviewerMarksDue];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var year = query.AcademicYear;
        var sheets = query.Schools(db.RouteSheets.AsNoTracking()).Where(r => r.AcademicYear == year);
        var caller = query.Caller;
        if (caller is not null) sheets = sheets.Where(
            RouteSheet.VisibleTo(caller.StaffId, caller.Has(KemelSchoolPDPermissions.RouteSheets.ViewAll)));
        if (query.Mine)
        {
            var me = caller!.StaffId ?? Guid.Empty;
            var unassigned = caller.Has(KemelSchoolPDPermissions.RouteSheets.Review)
                && caller.Has(KemelSchoolPDPermissions.RouteSheets.ViewAll);
            sheets = sheets.Where(
                r => r.TeacherStaffMemberId == me || r.ReviewerStaffMemberId == me || (unassigned && r.ReviewerStaffMemberId == null));
        }
        // Only sheets with an unmarked period up to the latest current period of any school asked about.
        var latest = query.TenantIds is { Count: > 0 } ids
            ? ids.Max(id => query.RulesOf(id).CurrentPeriod(year, RouteSheetPeriodKind.Quarters, query.Today))
            : query.RulesOf(Guid.Empty).CurrentPeriod(year, RouteSheetPeriodKind.Quarters, query.Today);
        var quarters = (1 << latest) - 1;
        var halves = (1 << Math.Min(latest, 2)) - 1;
        sheets = sheets.Where(r => r.PeriodKind == RouteSheetPeriodKind.HalfYears
            ? ((r.SelfMarkedPeriods ?? 0) & halves) != halves || ((r.ReviewerMarkedPeriods ?? 0) & halves) != halves
            : ((r.SelfMarkedPeriods ?? 0) & quarters) != quarters || ((r.ReviewerMarkedPeriods ?? 0) & quarters) != quarters);
        var rows = await (
            from r in sheets
            join t in query.Schools(db.StaffMembers) on r.TeacherStaffMemberId equals t.Id
            where !t.IsArchived
            join v in query.Schools(db.StaffMembers) on r.ReviewerStaffMemberId equals v.Id into reviewers
            from v in reviewers.DefaultIfEmpty()
            select new
            {
                r.Id, r.TenantId, r.TeacherStaffMemberId, TeacherName = t.FullName, r.ReviewerStaffMemberId, ReviewerName = v.FullName,
                r.PeriodKind, r.SelfMarkedPeriods, r.ReviewerMarkedPeriods,
            }).ToListAsync(ct);

        var entries = new List<MyWorkEntry>();
        foreach (var r in rows)
        {
            var rules = query.RulesOf(r.TenantId);
            var current = rules.CurrentPeriod(year, r.PeriodKind, query.Today);
            var values = new Dictionary<string, string> { ["Teacher"] = r.TeacherName, ["Year"] = AcademicYears.Label(year) };
            var self = Enumerable.Range(1, current).FirstOrDefault(p => !RouteSheet.IsMarked(r.SelfMarkedPeriods, p));
            if (self > 0)
            {
                var due = rules.PeriodEnd(year, r.PeriodKind, self);
                entries.Add(new MyWorkEntry(r.TenantId, RouteSheetWorkKinds.SelfMarksDue,
                    new NotificationRecord(nameof(RouteSheet), r.Id, RouteSheetWorkKinds.Link(r.Id), due), MyWorkRole.Teacher,
                    r.TeacherStaffMemberId, r.TeacherName, r.TeacherStaffMemberId, r.TeacherName, MyWorkAudience.Person(
                        r.TeacherStaffMemberId),
                    Period(values, r.PeriodKind, self)));
            }
            var review = Enumerable.Range(1, current).FirstOrDefault(p => !RouteSheet.IsMarked(r.ReviewerMarkedPeriods, p)
                && (RouteSheet.IsMarked(r.SelfMarkedPeriods, p) || query.Today > rules.PeriodEnd(year, r.PeriodKind, p)));
            if (review > 0)
            {
                var due = rules.PeriodEnd(year, r.PeriodKind, review).AddDays(rules.ReviewerMarksDays);
                var audience = r.ReviewerStaffMemberId is { } reviewer
                    ? MyWorkAudience.Person(reviewer)
                    : MyWorkAudience.Holders(
                        r.TeacherStaffMemberId,
                        KemelSchoolPDPermissions.RouteSheets.Review,
                        KemelSchoolPDPermissions.RouteSheets.ViewAll);
                entries.Add(new MyWorkEntry(r.TenantId, RouteSheetWorkKinds.ReviewerMarksDue,
                    new NotificationRecord(nameof(RouteSheet), r.Id, RouteSheetWorkKinds.Link(r.Id), due), MyWorkRole.Reviewer,
                    r.ReviewerStaffMemberId, r.ReviewerName, r.TeacherStaffMemberId, r
                        .TeacherName, audience, Period(values, r.PeriodKind, review)));
            }
        }
        return entries;
    }

    private static Dictionary<string, string> Period(Dictionary<string, string> values, RouteSheetPeriodKind kind, int period) =>
        new(values) { ["Period"] = RouteSheetWorkKinds.PeriodName(kind, period) };
}

/// <summary>The reviewer's marks of a period → the sheet's teacher.</summary>
public sealed class RouteSheetNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes)
    {
        foreach (var entry in changes.Entries<RouteSheet>()
            .Where(e => e.State == EntityState.Modified && e.Property(r => r.Rows).IsModified))
        {
            var before = entry.Property(r => r.Rows).OriginalValue
                .SelectMany(r => r.Assessments.Select(a => (r.Order, a.Period, a.ReviewerMark, a.ReviewerMarkedAt))).ToHashSet();
            var changed = entry.Entity.Rows.SelectMany(r => r.Assessments
                .Where(a => a.ReviewerMark is not null && !before.Contains((r.Order, a.Period, a.ReviewerMark, a.ReviewerMarkedAt)))
                .Select(a => (a.Period, a.ReviewerMarkedByName))).ToList();
            var sheet = entry.Entity;
            foreach (var period in changed.Select(c => c.Period).Distinct())
                yield return Notice(RouteSheetWorkKinds.Reviewed,
                    new NotificationRecord(nameof(RouteSheet), sheet.Id, RouteSheetWorkKinds.Link(sheet.Id)),
                    MyWorkAudience.Person(sheet.TeacherStaffMemberId),
                    new Dictionary<string, string>
                    {
                        ["Reviewer"] = changed.First(c => c.Period == period).ReviewerMarkedByName ?? "",
                        ["Year"] = AcademicYears.Label(sheet.AcademicYear),
                        ["Period"] = RouteSheetWorkKinds.PeriodName(sheet.PeriodKind, period),
                    },
                    ("Teacher", sheet.TeacherStaffMemberId));
        }
    }
}

/// <summary>The sheet's read rule (<see cref="RouteSheet.VisibleTo"/>) for any reader.</summary>
public sealed class RouteSheetReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<RouteSheet>(
        RouteSheet.VisibleTo,
        granted => granted.Contains(KemelSchoolPDPermissions.RouteSheets.ViewAll))
{
    public override string RecordType => nameof(RouteSheet);

    protected override async Task<IReadOnlyDictionary<Guid, RouteSheet>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.RouteSheets.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
}

/// <summary>
/// Fills the marked-period columns of sheets marked before those columns existed (once: afterwards every change of the marks
/// keeps them). Sheets without rows have no marks and are left as they are (null reads as "nothing marked").
/// </summary>
public sealed class RouteSheetMarkSummarySeedContributor(IKemelSchoolPDDbContext db) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct = default)
    {
        if (context.TenantId is null) return;
        var none = new List<RouteSheetRow>();
        foreach (var sheet in await db.RouteSheets.AsNoTracking().Where(r => r.SelfMarkedPeriods == null && r.Rows != none).ToListAsync(ct))
        {
            sheet.RefreshMarkSummary();
            await db.RouteSheets.Where(r => r.Id == sheet.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.SelfMarkedPeriods, sheet
                    .SelfMarkedPeriods).SetProperty(r => r.ReviewerMarkedPeriods, sheet.ReviewerMarkedPeriods), ct);
        }
    }
}
