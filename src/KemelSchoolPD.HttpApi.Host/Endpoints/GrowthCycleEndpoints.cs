using System.Globalization;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.GrowthCycles.Documents;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class GrowthCycleEndpoints
{
    public static void MapGrowthCycleEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.GrowthCycles.Default;
        const string Settings = KemelSchoolPDPermissions.GrowthCycles.Settings;
        var group = api.MapGroup("/app/growth-cycles").WithTags("GrowthCycles");

        // Reference data and the school's settings
        group.MapGet("/guidance", ([AsParameters] GetGrowthGuidanceInput input, GrowthReferenceAppService s, CancellationToken ct) => s
            .GetGuidanceAsync(input, ct))
            .WithName("getStageGuidanceList").RequirePermission(Own);
        group.MapPost("/guidance", AddGuidanceAsync).WithName("addStageGuidance").RequirePermission(Settings);
        group.MapDelete("/guidance/{id:guid}", DeleteGuidanceAsync).WithName("deleteStageGuidance").RequirePermission(Settings);
        group.MapGet("/competences", (GrowthReferenceAppService s, CancellationToken ct) => s.GetCompetencesAsync(ct))
            .WithName("getCompetenceList").RequirePermission(Own);
        group.MapPost("/competences", AddCompetenceAsync).WithName("addCompetence").RequirePermission(Settings);
        group.MapDelete("/competences/{id:guid}", DeleteCompetenceAsync).WithName("deleteCompetence").RequirePermission(Settings);
        group.MapGet("/standard", (GrowthReferenceAppService s, CancellationToken ct) => s.GetStandardAsync(ct))
            .WithName("getProfessionalStandard").RequirePermission(Own);
        group.MapGet("/settings/school", (SchoolReferenceSettingsAppService s, CancellationToken ct) => s.GetAsync(ct))
            .WithName("getSchoolReferenceSettings").RequirePermission(Own);
        group.MapPut(
            "/settings/school",
            (UpdateSchoolReferenceSettingsDto input, SchoolReferenceSettingsAppService s, CancellationToken ct) => s.UpdateAsync(input, ct))
            .WithName("updateSchoolReferenceSettings").RequirePermission(Settings);
        group.MapGet("/wheel-sectors", (GrowthReferenceAppService s) => s.GetWheelSectors()).WithName("getWheelSectors")
            .RequirePermission(Own);
        group.MapGet("/settings/stages", (GrowthReferenceAppService s, CancellationToken ct) => s.GetStageSettingsAsync(ct))
            .WithName("getStageSettings").RequirePermission(Own);
        group.MapPut(
            "/settings/stages",
            (UpdateGrowthStageSettingDto input, GrowthReferenceAppService s, CancellationToken ct) => s.UpdateStageSettingAsync(input, ct))
            .WithName("updateStageSettings").RequirePermission(Settings);

        // Cycles
        group.MapGet(
            "/",
            ([AsParameters] GetGrowthCycleListInput input, GrowthCycleAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .WithName("getGrowthCycleList").RequirePermission(Own);
        group.MapGet("/{id:guid}", (Guid id, GrowthCycleAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getGrowthCycle").RequirePermission(Own);
        group.MapPost("/", OpenAsync).WithName("openGrowthCycle").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}",
            (Guid id, UpdateGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateGrowthCycle").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/move",
            (Guid id, MoveGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.MoveAsync(id, input, ct))
            .WithName("moveGrowthCycle").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/complete",
            (Guid id, CompleteGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.CompleteAsync(id, input, ct))
            .WithName("completeGrowthCycle").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/cancel",
            (Guid id, CancelGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.CancelAsync(id, input, ct))
            .WithName("cancelGrowthCycle").RequirePermission(KemelSchoolPDPermissions.GrowthCycles.Manage);
        group.MapGet("/{id:guid}/guidance", (Guid id, GrowthCycleAppService s, CancellationToken ct) => s.GetGuidanceAsync(id, ct))
            .WithName("getGrowthCycleGuidance").RequirePermission(Own);

        // Artefacts
        group.MapGet("/{id:guid}/artefacts/{artefactId:guid}",
                (Guid id, Guid artefactId, GrowthCycleAppService s, CancellationToken ct) => s.GetArtefactAsync(id, artefactId, ct))
            .WithName("getCycleArtefact").RequirePermission(Own);
        group.MapPost("/{id:guid}/artefacts", AddArtefactAsync).WithName("addCycleArtefact").RequirePermission(Own);
        group.MapPut("/{id:guid}/artefacts/{artefactId:guid}",
                (Guid id, Guid artefactId, UpdateGrowthArtefactDto input, GrowthCycleAppService s, CancellationToken ct) => s
                    .UpdateArtefactAsync(id, artefactId, input, ct))
            .WithName("updateCycleArtefact").RequirePermission(Own);
        group.MapDelete("/{id:guid}/artefacts/{artefactId:guid}", DeleteArtefactAsync).WithName("deleteCycleArtefact")
            .RequirePermission(Own);
        group.MapGet("/{id:guid}/artefacts/{artefactId:guid}/document", GetDocumentAsync).WithName("getCycleArtefactDocument")
            .RequirePermission(Own);

        // Learner results from a spreadsheet, read into an artefact's form (nothing is saved). A form upload under
        // cookie auth, like the staff import: antiforgery is off, cross-site posts are stopped by the SameSite cookie.
        group.MapGet("/learner-results/template", GetLearnerResultTemplate).WithName("getLearnerResultTemplate").RequirePermission(Own);
        group.MapPost("/learner-results/parse", ParseLearnerResultsAsync).WithName("parseLearnerResults").RequirePermission(Own)
            .DisableAntiforgery();
    }

    /// <summary>An XLSX with the columns in kk, ru or en (default: the user's language) and one example row.</summary>
    private static FileContentHttpResult GetLearnerResultTemplate(string? culture)
    {
        var language = culture ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (language is not ("kk" or "ru" or "en")) throw new InputValidationException(nameof(culture), ValidationCodes.Invalid);
        var (content, fileName) = LearnerResultImportService.CreateTemplate(language);
        return TypedResults.File(content, LearnerResultImportService.XlsxContentType, fileName);
    }

    /// <summary>multipart/form-data with one file field "file" (.xlsx, or .csv in UTF-8 with commas or semicolons).</summary>
    private static async Task<Ok<LearnerResultImportDto>> ParseLearnerResultsAsync(
        IFormFile? file,
        LearnerResultImportService service,
        CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportFileMissing);
        if (file.Length > LearnerResultImportConsts.MaxFileBytes)
            throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportFileTooLarge).WithData(
                "MaxMb",
                LearnerResultImportConsts.MaxFileBytes / (1024 * 1024));
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return TypedResults.Ok(service.Parse(stream, file.FileName));
    }

    /// <summary>A reflection or research form (coaching self-analysis, Tables 4–7) as a Word document in Kazakh or Russian.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(
        Guid id,
        Guid artefactId,
        string? culture,
        GrowthArtefactDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, artefactId, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }

    private static async Task<Created<GrowthCycleDto>> OpenAsync(
        OpenGrowthCycleDto input,
        GrowthCycleAppService service,
        CancellationToken ct)
    {
        var cycle = await service.OpenAsync(input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/{cycle.Id}", cycle);
    }

    private static async Task<Created<GrowthArtefactDto>> AddArtefactAsync(
        Guid id,
        CreateGrowthArtefactDto input,
        GrowthCycleAppService service,
        CancellationToken ct)
    {
        var artefact = await service.AddArtefactAsync(id, input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/{id}/artefacts/{artefact.Id}", artefact);
    }

    private static async Task<NoContent> DeleteArtefactAsync(Guid id, Guid artefactId, GrowthCycleAppService service, CancellationToken ct)
    {
        await service.DeleteArtefactAsync(id, artefactId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<GrowthGuidanceDto>> AddGuidanceAsync(
        CreateGrowthGuidanceDto input,
        GrowthReferenceAppService service,
        CancellationToken ct)
    {
        var row = await service.AddGuidanceAsync(input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/guidance/{row.Id}", row);
    }

    private static async Task<NoContent> DeleteGuidanceAsync(Guid id, GrowthReferenceAppService service, CancellationToken ct)
    {
        await service.DeleteGuidanceAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<GrowthCompetenceDto>> AddCompetenceAsync(
        CreateGrowthCompetenceDto input,
        GrowthReferenceAppService service,
        CancellationToken ct)
    {
        var row = await service.AddCompetenceAsync(input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/competences/{row.Id}", row);
    }

    private static async Task<NoContent> DeleteCompetenceAsync(Guid id, GrowthReferenceAppService service, CancellationToken ct)
    {
        await service.DeleteCompetenceAsync(id, ct);
        return TypedResults.NoContent();
    }
}
