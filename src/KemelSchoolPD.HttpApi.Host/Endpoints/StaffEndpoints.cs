using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Staff.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The staff registry and its bulk import.</summary>
public static class StaffEndpoints
{
    public static void MapStaffEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/app/staff").WithTags("Staff");
        group.MapGet("/", GetListAsync).WithName("getStaffList").RequirePermission(KemelSchoolPDPermissions.Staff.Default);
        group.MapGet("/document", GetRegistryDocumentAsync).WithName("getStaffRegistryDocument")
            .RequirePermission(KemelSchoolPDPermissions.Staff.Default);
        group.MapGet("/subjects", GetSubjectsAsync).WithName("getStaffSubjects").RequirePermission(KemelSchoolPDPermissions.Staff.Default);
        group.MapGet("/{id:guid}", GetAsync).WithName("getStaffMember").RequirePermission(KemelSchoolPDPermissions.Staff.Default);
        group.MapPost("/", CreateAsync).WithName("createStaffMember").RequirePermission(KemelSchoolPDPermissions.Staff.Create);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("updateStaffMember").RequirePermission(KemelSchoolPDPermissions.Staff.Update);
        group.MapPost("/{id:guid}/archive", ArchiveAsync).WithName("archiveStaffMember")
            .RequirePermission(KemelSchoolPDPermissions.Staff.Archive);
        group.MapPost("/{id:guid}/restore", RestoreAsync).WithName("restoreStaffMember")
            .RequirePermission(KemelSchoolPDPermissions.Staff.Archive);
        group.MapPost("/import", ImportAsync).WithName("importStaff").RequirePermission(KemelSchoolPDPermissions.Staff.Import)
            .DisableAntiforgery();
        group.MapGet("/import/template", GetTemplate).WithName("getStaffImportTemplate")
            .RequirePermission(KemelSchoolPDPermissions.Staff.Import);
    }

    private static async Task<Ok<PagedResultDto<StaffMemberDto>>> GetListAsync(
        [AsParameters] GetStaffMemberListInput input,
        StaffMemberAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    /// <summary>The active staff list as a Word document in Kazakh or Russian.</summary>
    private static async Task<FileContentHttpResult> GetRegistryDocumentAsync(
        string? culture,
        StaffRegistryDocument document,
        CancellationToken ct)
    {
        var file = await document.RenderAsync(culture ?? "kk", ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }

    private static async Task<Ok<IReadOnlyList<string>>> GetSubjectsAsync(StaffMemberAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetSubjectsAsync(ct));

    private static async Task<Ok<StaffMemberDto>> GetAsync(Guid id, StaffMemberAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Created<StaffMemberDto>> CreateAsync(
        CreateStaffMemberDto input,
        StaffMemberAppService service,
        CancellationToken ct)
    {
        var member = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/staff/{member.Id}", member);
    }

    private static async Task<Ok<StaffMemberDto>> UpdateAsync(
        Guid id,
        UpdateStaffMemberDto input,
        StaffMemberAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(id, input, ct));

    private static async Task<NoContent> ArchiveAsync(Guid id, StaffMemberAppService service, CancellationToken ct)
    {
        await service.ArchiveAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RestoreAsync(Guid id, StaffMemberAppService service, CancellationToken ct)
    {
        await service.RestoreAsync(id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>multipart/form-data with one file field "file" (.xlsx or .csv).</summary>
    private static async Task<Ok<StaffImportResultDto>> ImportAsync(IFormFile? file, StaffImportAppService service, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new InputValidationException("file", ValidationCodes.Required);
        if (file.Length > StaffMemberConsts.MaxImportFileBytes)
            throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportTooLarge).WithData("Max", StaffMemberConsts.MaxImportRows);
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return TypedResults.Ok(await service.ImportAsync(stream, file.FileName, ct));
    }

    private static FileContentHttpResult GetTemplate(string? format, IStringLocalizer localizer)
    {
        var (content, contentType, fileName) = StaffImportAppService.CreateTemplate(format ?? "xlsx", localizer);
        return TypedResults.File(content, contentType, fileName);
    }
}
