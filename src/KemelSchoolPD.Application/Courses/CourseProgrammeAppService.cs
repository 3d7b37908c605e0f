using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The course catalogue: the host's entries (shared by every school, written only by the platform operator under
/// /api/host) and each school's own entries for external courses; programme structure and the assessment scheme versions.
/// </summary>
public sealed class CourseProgrammeAppService(
    IKemelSchoolPDDbContext db,
    CourseReadAccess access,
    ICurrentTenant tenant,
    TimeProvider clock)
{
    public async Task<PagedResultDto<CourseProgrammeListItemDto>> GetListAsync(
        GetCourseProgrammeListInput input,
        CancellationToken ct = default)
    {
        var query = access.Programmes().AsNoTracking()
            .WhereIf(input.Host == true, p => p.OwnerTenantId == null)
            .WhereIf(input.Host == false, p => p.OwnerTenantId != null)
            .WhereIf(input.RunsOnPlatform.HasValue, p => p.RunsOnPlatform == input.RunsOnPlatform)
            .WhereSearchMatches(p => p.SearchText, input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderBy(p => p.OwnerTenantId != null).ThenBy(p => p.Title).ThenBy(p => p.Id).PageBy(input).ToListAsync(ct);
        return new PagedResultDto<CourseProgrammeListItemDto>(total, page
            .Select(p => new CourseProgrammeListItemDto(p.Id, p.OwnerTenantId == null, p.Code,
                p.Provider, p.Title, p.Field, p.Hours, p.Format, p.FormatSplit, p.Languages, p.RunsOnPlatform, p.Discrepancies
                .Count))
            .ToList());
    }

    public async Task<CourseProgrammeDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var programme = await access.Programmes().AsNoTracking().GetAsync(id, ct);
        return await ToDtoAsync(programme, ct);
    }

    /// <summary>A host catalogue entry (platform operator) or a school's own entry (Courses.Manage), by the caller's side.</summary>
    public async Task<CourseProgrammeDto> CreateAsync(CourseProgrammeInput input, CancellationToken ct = default)
    {
        var code = tenant.Id is null ? input.Code : null;
        var programme = new CourseProgramme(Guid.CreateVersion7(), tenant.Id, code, Data(input));
        db.CourseProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(programme, ct);
    }

    public async Task<CourseProgrammeDto> UpdateAsync(Guid id, CourseProgrammeInput input, CancellationToken ct = default)
    {
        var programme = await LoadWritableAsync(id, ct);
        db.ExpectConcurrencyStamp(programme, input.ConcurrencyStamp ?? "");
        programme.Update(Data(input));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(programme, ct);
    }

    /// <summary>A new version of the programme's assessment, in effect from its date (one version per date: 409).</summary>
    public async Task<CourseProgrammeDto> AddSchemeAsync(Guid id, AssessmentSchemeInput input, CancellationToken ct = default)
    {
        var programme = await LoadWritableAsync(id, ct);
        if (await db.CourseAssessmentSchemes.AnyAsync(s => s.ProgrammeId == id && s.EffectiveFrom == input.EffectiveFrom, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.Courses.SchemeDateExists);
        db.CourseAssessmentSchemes
            .Add(new CourseAssessmentScheme(Guid.CreateVersion7(), programme.Id, input.EffectiveFrom, input.Components,
                input.PassMark, input.Rubrics, input.GradeBands, input.Note));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(programme, ct);
    }

    /// <summary>The host's entries are the operator's alone; a school changes only its own (another school's is 404).</summary>
    private async Task<CourseProgramme> LoadWritableAsync(Guid id, CancellationToken ct)
    {
        var programme = await access.Programmes().GetAsync(id, ct);
        if (programme.OwnerTenantId != tenant.Id) throw new ForbiddenException(KemelSchoolPDErrorCodes.Courses.HostProgrammeReadOnly);
        return programme;
    }

    private static CourseProgrammeData Data(CourseProgrammeInput input) => new()
    {
        Provider = input.Provider, Title = input.Title, Field = input.Field, Hours = input.Hours, Format = input.Format, FormatSplit = input
            .FormatSplit,
        Languages = input.Languages, RunsOnPlatform = input.RunsOnPlatform, CohortStarts = input.CohortStarts, Modules = input.Modules,
        ExpectedResults = input.ExpectedResults, PostCourse = input.PostCourse,
    };

    internal async Task<CourseProgrammeDto> ToDtoAsync(CourseProgramme p, CancellationToken ct)
    {
        var schemes = await db.CourseAssessmentSchemes.AsNoTracking().Where(s => s.ProgrammeId == p.Id)
            .OrderByDescending(s => s.EffectiveFrom)
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var current = CourseAssessmentScheme.InEffect(schemes, today);
        var caller = await access.CallerAsync(ct);
        var canEdit = p.OwnerTenantId == tenant.Id
                      && (tenant.Id is null
                          ? caller.Has(KemelSchoolPDPermissions.CourseCatalogue.Manage)
                          : caller.Has(KemelSchoolPDPermissions.Courses.Manage));
        return new CourseProgrammeDto(
            p.Id,
            p.OwnerTenantId == null,
            p.Code,
            p.Provider,
            p.Title,
            p.Field,
            p.Hours,
            p.Format,
            p.FormatSplit,
            p.Languages,
            p.RunsOnPlatform,
            p.CohortStarts,
            p.Modules,
            p.Modules.Sum(m => m.Hours),
            p.ExpectedResults,
            p.Discrepancies,
            p.PostCourse,
            p
                .SourceRef,
            schemes.Select(s => ToDto(s, current?.Id == s.Id)).ToList(),
            canEdit,
            p.ConcurrencyStamp);
    }

    internal static AssessmentSchemeDto ToDto(CourseAssessmentScheme s, bool inEffect) =>
        new(s.Id, s.EffectiveFrom, s.Components, s.MaxTotal, s.PassMark, s.Rubrics, s.GradeBands, s.Note, inEffect);
}
