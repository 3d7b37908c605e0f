using KemelSchoolPD.ActionResearch;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Entities;
using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.PracticeLibrary;

/// <summary>
/// The library of practice: the school's published items (every staff member reads them) and the platform's shared catalogue
/// (the items every school chose to share, read by every school). Search by subject, grade and theme. Items hold no pupil data.
/// </summary>
public sealed class PracticeLibraryAppService(
    IKemelSchoolPDDbContext db,
    IDataFilter dataFilter,
    LessonStudyReadAccess access,
    ActionResearchReadAccess projectAccess,
    ICurrentTenant tenant)
{
    public async Task<PagedResultDto<PracticeLibraryListItemDto>> GetListAsync(
        GetPracticeLibraryListInput input,
        CancellationToken ct = default)
    {
        var query = Filter(db.PracticeLibraryItems.AsNoTracking(), input);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id).PageBy(input).ToListAsync(ct);
        var (caller, leads) = (await access.CallerAsync(ct), await ReadableSourceLeadsAsync(page, ct));
        return new PagedResultDto<PracticeLibraryListItemDto>(total, page.Select(i => ToListItem(i, null, caller, leads)).ToList());
    }

    public async Task<PracticeLibraryItemDto> GetAsync(Guid id, CancellationToken ct = default) =>
        ToDto(await db.PracticeLibraryItems.AsNoTracking().GetAsync(id, ct), null);

    /// <summary>The shared catalogue: every school's items shared with all schools, with the school's name.</summary>
    public async Task<PagedResultDto<PracticeLibraryListItemDto>> GetSharedListAsync(
        GetPracticeLibraryListInput input,
        CancellationToken ct = default)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var query = Filter(db.PracticeLibraryItems.AsNoTracking().Where(i => i.SharedWithAllSchools), input);
        var total = await query.LongCountAsync(ct);
        var page = await (from i in query.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id).PageBy(input)
                          join s in db.Schools on i.TenantId equals s.Id
                          select new { Item = i, School = s.Name }).ToListAsync(ct);
        var (caller, leads) = (await access.CallerAsync(ct), await ReadableSourceLeadsAsync(page.Select(x => x.Item), ct));
        return new PagedResultDto<PracticeLibraryListItemDto>(
            total,
            page.Select(x => ToListItem(x.Item, x.School, caller, leads)).ToList());
    }

    public async Task<PracticeLibraryItemDto> GetSharedAsync(Guid id, CancellationToken ct = default)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var row = await (from i in db.PracticeLibraryItems.AsNoTracking().Where(i => i.SharedWithAllSchools && i.Id == id)
                         join s in db.Schools on i.TenantId equals s.Id
                         select new { Item = i, School = s.Name }).FirstOrDefaultAsync(ct)
                  ?? throw new Exceptions.EntityNotFoundException(typeof(PracticeLibraryItem), id);
        return ToDto(row.Item, row.School);
    }

    private static IQueryable<PracticeLibraryItem> Filter(IQueryable<PracticeLibraryItem> query, GetPracticeLibraryListInput input)
    {
        var subject = input.Subject?.Trim();
        return query
            .WhereIf(!string.IsNullOrEmpty(subject), i => i.Subject == subject)
            .WhereIf(input.Grade.HasValue, i => i.Grade == input.Grade)
            .WhereIf(input.SourceKind.HasValue, i => i.SourceKind == input.SourceKind)
            .WhereSearchMatches(i => i.SearchText, input.Filter);
    }

    /// <summary>
    /// The lead (a group's facilitator, a project's owner) of each of the school's sources on the page that the caller reads through
    /// the source's own read rule, as the source's unpublish loads it: a row missing here (another school's item in the shared
    /// catalogue, a group the caller has left) is never theirs to take out, and its unpublish answers 404.
    /// </summary>
    private async Task<Dictionary<Guid, Guid>> ReadableSourceLeadsAsync(IEnumerable<PracticeLibraryItem> items, CancellationToken ct)
    {
        var own = items.Where(i => i.TenantId == tenant.Id).ToList();
        var groupIds = own.Where(i => i.SourceKind == PracticeSourceKind.LessonStudy).Select(i => i.SourceId).ToList();
        var projectIds = own.Where(i => i.SourceKind == PracticeSourceKind.ActionResearch).Select(i => i.SourceId).ToList();
        var groups = await (await access.GroupsAsync(ct)).Where(g => groupIds.Contains(g.Id))
            .Select(g => new { g.Id, Lead = g.FacilitatorStaffMemberId }).ToListAsync(ct);
        var projects = await (await projectAccess.ProjectsAsync(ct)).Where(p => projectIds.Contains(p.Id))
            .Select(p => new { p.Id, Lead = p.OwnerStaffMemberId }).ToListAsync(ct);
        return groups.Concat(projects).ToDictionary(s => s.Id, s => s.Lead);
    }

    private static PracticeLibraryListItemDto ToListItem(
        PracticeLibraryItem i, string? school, LessonStudyReadAccess.Caller caller, Dictionary<Guid, Guid> readableSourceLeads) =>
        new(
            i.Id,
            i.SourceKind,
            i.Title,
            i.Subject,
            i.Grade,
            i.AcademicYear,
            i.ResearchQuestion,
            i.Authors,
            i.PublishedAt,
            i.SharedWithAllSchools,
            school,
            i.SourceId,
            readableSourceLeads.TryGetValue(i.SourceId, out var lead)
                && i.MayUnpublish(caller.StaffId, caller.KeepsLibrary, lead));

    public static PracticeLibraryItemDto ToDto(PracticeLibraryItem i, string? school) =>
        new(
            i.Id,
            i.SourceKind,
            i.SourceId,
            i.Title,
            i.Subject,
            i.Grade,
            i.AcademicYear,
            i.Context,
            i.ResearchQuestion,
            i.Method,
            i.Conclusions,
            i.ChangesInPractice,
            i.Authors,
            i.PublishedAt,
            i.SharedWithAllSchools,
            school);
}
