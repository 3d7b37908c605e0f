using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The school's year-end reflection campaign: the director (or whoever holds MentoringPlans.Campaigns) opens it for a year
/// with a deadline, closes it, or reopens it with a new deadline. Everyone in the school reads the campaigns (how many cards
/// are in, whether one's own is); the cards themselves stay private (<see cref="ReflectionCardReadAccess"/>).
/// </summary>
public sealed class YearEndCampaignAppService(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, TimeProvider clock)
{
    public async Task<List<YearEndCampaignDto>> GetListAsync(CancellationToken ct = default)
    {
        var campaigns = await db.YearEndCampaigns.AsNoTracking().OrderByDescending(c => c.AcademicYear).ToListAsync(ct);
        return await ToDtosAsync(campaigns, ct);
    }

    public async Task<YearEndCampaignDto> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ToDtosAsync([await db.YearEndCampaigns.AsNoTracking().GetAsync(id, ct)], ct)).Single();

    /// <summary>Opens the campaign for a year (one per school and year: 409).</summary>
    public async Task<YearEndCampaignDto> OpenAsync(OpenYearEndCampaignDto input, CancellationToken ct = default)
    {
        if (await db.YearEndCampaigns.AnyAsync(c => c.AcademicYear == input.AcademicYear, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.CampaignExists);
        var campaign = new YearEndCampaign(Guid.CreateVersion7(), input.AcademicYear, input.Deadline, clock.GetUtcNow().UtcDateTime);
        db.YearEndCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return await GetAsync(campaign.Id, ct);
    }

    public async Task<YearEndCampaignDto> CloseAsync(Guid id, YearEndCampaignActionDto input, CancellationToken ct = default)
    {
        var campaign = await db.YearEndCampaigns.GetAsync(id, ct);
        db.ExpectConcurrencyStamp(campaign, input.ConcurrencyStamp);
        campaign.Close(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Reopens a closed campaign, or moves an open one's deadline.</summary>
    public async Task<YearEndCampaignDto> ReopenAsync(Guid id, YearEndCampaignActionDto input, CancellationToken ct = default)
    {
        var campaign = await db.YearEndCampaigns.GetAsync(id, ct);
        db.ExpectConcurrencyStamp(campaign, input.ConcurrencyStamp);
        campaign.Reopen(input.Deadline ?? campaign.Deadline);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<List<YearEndCampaignDto>> ToDtosAsync(List<YearEndCampaign> campaigns, CancellationToken ct)
    {
        var me = await currentStaff.GetIdAsync(ct);
        var years = campaigns.Select(c => c.AcademicYear).ToList();
        var counts = await db.ReflectionCards.Where(c => c.Kind == ReflectionCardKind.YearEnd && years.Contains(c.AcademicYear))
            .GroupBy(c => c.AcademicYear).Select(g => new
            {
                Year = g.Key, Count = g
                .Count()
            }).ToDictionaryAsync(x => x.Year, x => x.Count, ct);
        var mine = me is { } staffId
            ? await db.ReflectionCards
                .Where(c => c.Kind == ReflectionCardKind.YearEnd && c.TeacherStaffMemberId == staffId && years.Contains(c.AcademicYear))
                .ToDictionaryAsync(c => c.AcademicYear, c => c.Id, ct)
            : [];
        var teachers = await db.StaffMembers.CountAsync(s => !s.IsArchived, ct);
        return campaigns
            .Select(c => new YearEndCampaignDto(c.Id, c.AcademicYear, AcademicYears.Label(c.AcademicYear), c.Deadline, c.Status, c.OpenedAt,
                c.ClosedAt, teachers, counts.GetValueOrDefault(c.AcademicYear), mine.ContainsKey(c.AcademicYear),
                mine.TryGetValue(c.AcademicYear, out var cardId) ? cardId : null, c.ConcurrencyStamp))
            .ToList();
    }
}
