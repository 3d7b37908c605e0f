using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The provider side of the catalogue (platform operator, under /api/host): a host programme's lifecycle of seed 002 ch. 2
/// with its deadlines in working days, and the Kazakh calendar they are counted on (public holidays, days off and transferred
/// working days, a year at a time).
/// </summary>
public sealed class ProgrammeLifecycleAppService(IKemelSchoolPDDbContext db, TimeProvider clock)
{
    public async Task<ProgrammeLifecycleDto> GetAsync(Guid programmeId, CancellationToken ct = default)
    {
        await HostProgrammeAsync(programmeId, ct);
        var lifecycle = await db.ProgrammeLifecycles.AsNoTracking().FirstOrDefaultAsync(l => l.ProgrammeId == programmeId, ct);
        return ToDto(programmeId, lifecycle, await CalendarAsync(ct));
    }

    /// <summary>Records the steps so far (the first recording creates the lifecycle; later ones need the stamp last read).</summary>
    public async Task<ProgrammeLifecycleDto> UpdateAsync(Guid programmeId, ProgrammeLifecycleInput input, CancellationToken ct = default)
    {
        await HostProgrammeAsync(programmeId, ct);
        var lifecycle = await db.ProgrammeLifecycles.FirstOrDefaultAsync(l => l.ProgrammeId == programmeId, ct);
        if (lifecycle is null)
        {
            lifecycle = new ProgrammeLifecycle(Guid.CreateVersion7(), programmeId);
            db.ProgrammeLifecycles.Add(lifecycle);
        }
        else
        {
            db.ExpectConcurrencyStamp(lifecycle, input.ConcurrencyStamp ?? "");
        }
        var calendar = await CalendarAsync(ct);
        lifecycle.Record(new ProgrammeLifecycleData
        {
            ProtocolDate = input.ProtocolDate, ProtocolSignedBy = input.ProtocolSignedBy, DevelopmentOrderNumber = input
                .DevelopmentOrderNumber,
            DevelopmentOrderDate = input.DevelopmentOrderDate, SectionsDone = input.SectionsDone, OldestLiteratureYear = input
                .OldestLiteratureYear,
            DiscussionStart = input.DiscussionStart, DiscussionLink = input.DiscussionLink, CommentsReceived = input.CommentsReceived,
            CommentsAnswered = input.CommentsAnswered, RevisionReceivedOn = input.RevisionReceivedOn, ResubmittedOn = input.ResubmittedOn,
            Conclusion = input.Conclusion, ConclusionReceivedOn = input.ConclusionReceivedOn, ApprovalOrderNumber = input
                .ApprovalOrderNumber,
            ApprovedOn = input.ApprovedOn, LastReviewedOn = input.LastReviewedOn, Cancelled = input.Cancelled,
        }, calendar);
        await db.SaveChangesAsync(ct);
        return ToDto(programmeId, lifecycle, calendar);
    }

    public async Task<List<PublicHolidayDto>> GetHolidaysAsync(int? year, CancellationToken ct = default)
    {
        var from = new DateOnly(year ?? 1, 1, 1);
        var to = year is { } y ? new DateOnly(y, 12, 31) : DateOnly.MaxValue;
        return await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
            .Select(h => new PublicHolidayDto(h.Date, h.Kind, h.NameKk, h.NameRu, h.NameEn)).ToListAsync(ct);
    }

    /// <summary>Replaces a year's days (a transfer decree for the year is added this way); the deadlines follow at once.</summary>
    public async Task<List<PublicHolidayDto>> ReplaceYearAsync(int year, UpdatePublicHolidaysDto input, CancellationToken ct = default)
    {
        PublicHoliday.EnsureYear(year, input.Days.Select(d => d.Date).ToList());
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var days = input.Days.Select(d => new PublicHoliday(Guid.CreateVersion7(), d.Date, d.Kind, d.NameKk, d.NameRu, d.NameEn)).ToList();
        db.PublicHolidays.RemoveRange(await db.PublicHolidays.Where(h => h.Date >= from && h.Date <= to).ToListAsync(ct));
        // The removal is saved first: a day kept in the new list takes the same unique date.
        await db.SaveChangesAsync(ct);
        db.PublicHolidays.AddRange(days);
        await db.SaveChangesAsync(ct);
        return await GetHolidaysAsync(year, ct);
    }

    private async Task HostProgrammeAsync(Guid id, CancellationToken ct) =>
        await db.CourseProgrammes.AsNoTracking().Where(p => p.OwnerTenantId == null).GetAsync(id, ct);

    private async Task<WorkingCalendar> CalendarAsync(CancellationToken ct) =>
        WorkingCalendar.Of(await db.PublicHolidays.AsNoTracking().ToListAsync(ct));

    private ProgrammeLifecycleDto ToDto(Guid programmeId, ProgrammeLifecycle? l, WorkingCalendar calendar)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (l is null)
            return new ProgrammeLifecycleDto(
                programmeId,
                false,
                null,
                null,
                null,
                null,
                [],
                Enum.GetValues<ProgrammeSection>(),
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                ProgrammeLifecycleStage.Development,
                null,
                null,
                false,
                null,
                false,
                null,
                false,
                null);
        var state = l.StateOn(today, calendar);
        return new ProgrammeLifecycleDto(
            programmeId,
            true,
            l.ProtocolDate,
            l.ProtocolSignedBy,
            l.DevelopmentOrderNumber,
            l.DevelopmentOrderDate,
            l.SectionsDone,
            l.MissingSections,
            l.OldestLiteratureYear,
            l.DiscussionStart,
            l.DiscussionLink,
            l.CommentsReceived,
            l.CommentsAnswered,
            l
                .RevisionReceivedOn,
            l.ResubmittedOn,
            l.Conclusion,
            l.ConclusionReceivedOn,
            l.ApprovalOrderNumber,
            l.ApprovedOn,
            l.LastReviewedOn,
            l.Cancelled,
            state
                .Stage,
            state.DiscussionEnds,
            state.RevisionDue,
            state.ResubmittedLate,
            state.ApprovalDue,
            state.ApprovedLate,
            state
                .NextReviewDue,
            state.Overdue,
            l.ConcurrencyStamp);
    }
}
