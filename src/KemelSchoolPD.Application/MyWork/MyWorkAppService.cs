using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace KemelSchoolPD.MyWork;

/// <summary>
/// "My work": what waits for the signed-in person (their own list), and for the director the whole school grouped by kind and
/// state with who has no plan, route sheet or growth cycle this year. Merges every module's <see cref="IMyWorkSource"/>; each
/// answers in a fixed number of statements, so a list costs the same for 15 teachers or 150. The merged items are kept until
/// the school's records change (<see cref="SchoolKeptViews"/>), per day and per caller's staff record and permissions; a
/// repeated call (the bell's polling, a reload) then costs one statement more than the caller's own.
/// </summary>
public sealed class MyWorkAppService(
    IKemelSchoolPDDbContext db,
    IEnumerable<IMyWorkSource> sources,
    MyWorkSettingsAppService settings,
    IPermissionChecker permissions,
    CurrentStaffMember currentStaff,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IMemoryCache cache,
    TimeProvider clock)
{
    public async Task<PagedResultDto<MyWorkItemDto>> GetListAsync(GetMyWorkInput input, CancellationToken ct = default)
    {
        var (mine, _, today) = await ItemsAsync(school: false, ct);
        return Page(Filter(mine, input, null), input, today);
    }

    /// <summary>Every item of the school the caller may read (the director's drill-down of the overview).</summary>
    public async Task<PagedResultDto<MyWorkItemDto>> GetSchoolListAsync(GetSchoolWorkInput input, CancellationToken ct = default)
    {
        var (_, school, today) = await ItemsAsync(school: true, ct);
        return Page(Filter(school!, input, input.StaffMemberId), input, today);
    }

    public async Task<MyWorkSummaryDto> GetSummaryAsync(GetMyWorkSummaryInput input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var overview = caller.Has(KemelSchoolPDPermissions.MyWork.SchoolOverview);
        var (mine, all, today) = await ItemsAsync(school: overview, ct);
        SchoolWorkOverviewDto? school = null;
        if (all is not null)
        {
            var year = input.AcademicYear ?? AcademicYears.Of(today);
            var staff = db.StaffMembers.AsNoTracking().Where(s => !s.IsArchived);
            school = new SchoolWorkOverviewDto(year, AcademicYears.Label(year), await staff.CountAsync(ct), Counts(all),
                await WithoutAsync(
                    staff.Where(s => !db.DevelopmentPlans.Any(p => p.TeacherStaffMemberId == s.Id && p.AcademicYear == year)),
                    input,
                    ct),
                await WithoutAsync(
                    staff.Where(s => !db.RouteSheets.Any(r => r.TeacherStaffMemberId == s.Id && r.AcademicYear == year)),
                    input,
                    ct),
                await WithoutAsync(
                    staff.Where(s => !db.GrowthCycles.Any(c => c.ParticipantStaffMemberId == s.Id && c.AcademicYear == year
                                                               && c.Status != GrowthCycles.GrowthCycleStatus.Cancelled)),
                    input,
                    ct));
        }
        return new MyWorkSummaryDto(today, Counts(mine), school);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The caller's own items and, when <paramref name="school"/>, every item of the school the caller may read (the sources
    /// are asked once: the school's items include the caller's, which are those whose audience takes the caller in). Items are
    /// sorted, filtered and counted as they come; only the page shown is written out in the reader's language (<see cref="Page"/>).
    /// </summary>
    private async Task<(List<Item> Mine, List<Item>? School, DateOnly Today)> ItemsAsync(bool school, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        if (school && !caller.Has(KemelSchoolPDPermissions.MyWork.SchoolOverview)) throw new ForbiddenException();
        var today = Today;
        var key = new ItemsKey(
            today,
            caller.UserId,
            caller.StaffId,
            string.Join(',', caller.Granted.Order(StringComparer.Ordinal)),
            school);
        var (mine, all) = await cache.KeptForSchoolAsync(db, currentTenant.Id, key, () => ComputeAsync(caller, school, today, ct), ct);
        return (mine, all, today);
    }

    /// <summary>What a kept list depends on besides the school's records: whose it is, what they may read, and the day.</summary>
    private sealed record ItemsKey(DateOnly Today, Guid UserId, Guid? StaffId, string Granted, bool Overview);

    private async Task<(List<Item> Mine, List<Item>? School)> ComputeAsync(
        MyWorkCaller caller,
        bool school,
        DateOnly today,
        CancellationToken ct)
    {
        var rules = await settings.RulesAsync(ct);
        var query = new MyWorkQuery(today, caller, OnlyMine: !school, null, _ => rules);
        var mine = new List<Item>();
        var all = school ? new List<Item>() : null;
        foreach (var source in sources)
            foreach (var entry in await source.GetAsync(query, ct))
            {
                var ownItem = entry.Audience.Includes(caller.StaffId, caller.Granted);
                if (!ownItem && !(school && entry.Primary)) continue;
                var item = new Item(entry, entry.StateOn(today, rules));
                if (ownItem) mine.Add(item);
                if (school && entry.Primary) all!.Add(item);
            }
        return (mine, all);
    }

    /// <summary>An entry with its state today: what filters, sorts and counts need, before any text is written.</summary>
    private sealed record Item(MyWorkEntry Entry, MyWorkState State);

    private MyWorkCaller? _caller;

    private async Task<MyWorkCaller> CallerAsync(CancellationToken ct) =>
        _caller ??= new MyWorkCaller(
            currentUser.Id ?? throw new ForbiddenException(),
            await currentStaff.GetIdAsync(ct),
            await permissions.GetGrantedAsync(ct));

    private static MyWorkItemDto ToDto(Item item, DateOnly today, CultureInfo culture)
    {
        var e = item.Entry;
        var due = e.Record.DueDate;
        return new MyWorkItemDto(
            e.Kind,
            NotificationTexts.KindTitle(e.Kind, culture),
            NotificationTexts.Item(e.Kind, e.Values, due, culture),
            e.Record.Type,
            e.Record.Id,
            e.Record.LinkPath,
            e.WaitingOn,
            e.WaitingOnStaffId,
            e.WaitingOnName,
            e.TeacherStaffId,
            e
                .TeacherName,
            due,
            item.State,
            due is { } d ? d.DayNumber - today.DayNumber : null);
    }

    private static IEnumerable<Item> Filter(IEnumerable<Item> items, GetMyWorkInput input, Guid? staffId) =>
        items.Where(i => (input.State is null || i.State == input.State) && (input.Kind is null || i.Entry.Kind == input.Kind)
                         && (staffId is null || i.Entry.WaitingOnStaffId == staffId || i.Entry.TeacherStaffId == staffId));

    /// <summary>Overdue first, then due soon, then the rest; each by due date (none last), then by kind and name.</summary>
    private static PagedResultDto<MyWorkItemDto> Page(IEnumerable<Item> items, PagedInput input, DateOnly today)
    {
        var sorted = items.OrderByDescending(i => i.State).ThenBy(i => i.Entry.Record.DueDate ?? DateOnly.MaxValue)
            .ThenBy(i => i.Entry.Kind, StringComparer.Ordinal).ThenBy(i => i.Entry.TeacherName, StringComparer.Ordinal)
            .ThenBy(i => i.Entry.Record.Id).ToList();
        var culture = CultureInfo.CurrentUICulture;
        return new PagedResultDto<MyWorkItemDto>(
            sorted.Count,
            sorted.Skip(input.Skip()).Take(input.Take()).Select(i => ToDto(i, today, culture)).ToList());
    }

    private static MyWorkCountsDto Counts(IReadOnlyCollection<Item> items)
    {
        var culture = CultureInfo.CurrentUICulture;
        var byKind = items.GroupBy(i => i.Entry.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MyWorkKindCountDto(
                g.Key,
                NotificationTexts.KindTitle(g.Key, culture),
                g.Count(i => i.State == MyWorkState.Open),
                g.Count(i => i.State == MyWorkState.DueSoon),
                g.Count(i => i.State == MyWorkState.Overdue),
                g.Count())).ToList();
        return new MyWorkCountsDto(items.Count(i => i.State == MyWorkState.Open), items.Count(i => i.State == MyWorkState.DueSoon),
            items.Count(i => i.State == MyWorkState.Overdue), items.Count, byKind);
    }

    private static async Task<PagedResultDto<StaffWithoutRecordDto>> WithoutAsync(
        IQueryable<StaffMember> staff,
        PagedInput input,
        CancellationToken ct)
    {
        var total = await staff.LongCountAsync(ct);
        var page = await staff.OrderBy(s => s.FullName).ThenBy(s => s.Id).PageBy(input)
            .Select(s => new { s.Id, s.FullName, s.Position, s.Category }).ToListAsync(ct);
        return new PagedResultDto<StaffWithoutRecordDto>(
            total,
            page.Select(s => new StaffWithoutRecordDto(s.Id, s.FullName, s.Position, s.Category, $"/staff/{s.Id}")).ToList());
    }
}
