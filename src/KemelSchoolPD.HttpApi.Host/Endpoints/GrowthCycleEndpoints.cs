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
        group.MapGet("/guidance", ([AsParameters] GetGrowthGuidanceInput input, GrowthReferenceAppService s, CancellationToken ct) => s.GetGuidanceAsync(input, ct))
            .RequirePermission(Own);
        group.MapPost("/guidance", AddGuidanceAsync).RequirePermission(Settings);
        group.MapDelete("/guidance/{id}", DeleteGuidanceAsync).RequirePermission(Settings);
        group.MapGet("/competences", (GrowthReferenceAppService s, CancellationToken ct) => s.GetCompetencesAsync(ct)).RequirePermission(Own);
        group.MapPost("/competences", AddCompetenceAsync).RequirePermission(Settings);
        group.MapDelete("/competences/{id}", DeleteCompetenceAsync).RequirePermission(Settings);
        group.MapGet("/wheel-sectors", (GrowthReferenceAppService s) => s.GetWheelSectors()).RequirePermission(Own);
        group.MapGet("/settings/stages", (GrowthReferenceAppService s, CancellationToken ct) => s.GetStageSettingsAsync(ct)).RequirePermission(Own);
        group.MapPut("/settings/stages", (UpdateGrowthStageSettingDto input, GrowthReferenceAppService s, CancellationToken ct) => s.UpdateStageSettingAsync(input, ct))
            .RequirePermission(Settings);

        // Cycles
        group.MapGet("/", ([AsParameters] GetGrowthCycleListInput input, GrowthCycleAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .RequirePermission(Own);
        group.MapGet("/{id}", (Guid id, GrowthCycleAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(Own);
        group.MapPost("/", OpenAsync).RequirePermission(Own);
        group.MapPut("/{id}", (Guid id, UpdateGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct)).RequirePermission(Own);
        group.MapPost("/{id}/move", (Guid id, MoveGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.MoveAsync(id, input, ct)).RequirePermission(Own);
        group.MapPost("/{id}/complete", (Guid id, CompleteGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.CompleteAsync(id, input, ct))
            .RequirePermission(Own);
        group.MapPost("/{id}/cancel", (Guid id, CancelGrowthCycleDto input, GrowthCycleAppService s, CancellationToken ct) => s.CancelAsync(id, input, ct))
            .RequirePermission(KemelSchoolPDPermissions.GrowthCycles.Manage);
        group.MapGet("/{id}/guidance", (Guid id, GrowthCycleAppService s, CancellationToken ct) => s.GetGuidanceAsync(id, ct)).RequirePermission(Own);

        // Artefacts
        group.MapGet("/{id}/artefacts/{artefactId}", (Guid id, Guid artefactId, GrowthCycleAppService s, CancellationToken ct) => s.GetArtefactAsync(id, artefactId, ct))
            .RequirePermission(Own);
        group.MapPost("/{id}/artefacts", AddArtefactAsync).RequirePermission(Own);
        group.MapPut("/{id}/artefacts/{artefactId}",
                (Guid id, Guid artefactId, UpdateGrowthArtefactDto input, GrowthCycleAppService s, CancellationToken ct) => s.UpdateArtefactAsync(id, artefactId, input, ct))
            .RequirePermission(Own);
        group.MapDelete("/{id}/artefacts/{artefactId}", DeleteArtefactAsync).RequirePermission(Own);
        group.MapGet("/{id}/artefacts/{artefactId}/document", GetDocumentAsync).RequirePermission(Own);

        // Learner results from a spreadsheet, read into an artefact's form (nothing is saved). A form upload under
        // cookie auth, like the staff import: antiforgery is off, cross-site posts are stopped by the SameSite cookie.
        group.MapGet("/learner-results/template", GetLearnerResultTemplate).RequirePermission(Own);
        group.MapPost("/learner-results/parse", ParseLearnerResultsAsync).RequirePermission(Own).DisableAntiforgery();
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
    private static async Task<Ok<LearnerResultImportDto>> ParseLearnerResultsAsync(IFormFile? file, LearnerResultImportService service, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportFileMissing);
        if (file.Length > LearnerResultImportConsts.MaxFileBytes)
            throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportFileTooLarge).WithData("MaxMb", LearnerResultImportConsts.MaxFileBytes / (1024 * 1024));
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return TypedResults.Ok(service.Parse(stream, file.FileName));
    }

    /// <summary>A reflection or research form (coaching self-analysis, Tables 4–7) as a Word document in Kazakh or Russian.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(Guid id, Guid artefactId, string? culture, GrowthArtefactDocumentService documents, CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, artefactId, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }

    private static async Task<Created<GrowthCycleDto>> OpenAsync(OpenGrowthCycleDto input, GrowthCycleAppService service, CancellationToken ct)
    {
        var cycle = await service.OpenAsync(input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/{cycle.Id}", cycle);
    }

    private static async Task<Created<GrowthArtefactDto>> AddArtefactAsync(Guid id, CreateGrowthArtefactDto input, GrowthCycleAppService service, CancellationToken ct)
    {
        var artefact = await service.AddArtefactAsync(id, input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/{id}/artefacts/{artefact.Id}", artefact);
    }

    private static async Task<NoContent> DeleteArtefactAsync(Guid id, Guid artefactId, GrowthCycleAppService service, CancellationToken ct)
    {
        await service.DeleteArtefactAsync(id, artefactId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<GrowthGuidanceDto>> AddGuidanceAsync(CreateGrowthGuidanceDto input, GrowthReferenceAppService service, CancellationToken ct)
    {
        var row = await service.AddGuidanceAsync(input, ct);
        return TypedResults.Created($"/api/app/growth-cycles/guidance/{row.Id}", row);
    }

    private static async Task<NoContent> DeleteGuidanceAsync(Guid id, GrowthReferenceAppService service, CancellationToken ct)
    {
        await service.DeleteGuidanceAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<GrowthCompetenceDto>> AddCompetenceAsync(CreateGrowthCompetenceDto input, GrowthReferenceAppService service, CancellationToken ct)
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
