using KemelSchoolPD.Documents;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The school's copies of the product's document templates (kk and ru).</summary>
public static class DocumentTemplateEndpoints
{
    public static void MapDocumentTemplateEndpoints(this RouteGroupBuilder api)
    {
        // {name} and {culture} are template keys, not ids: an unknown name is 404, an unsupported culture 400 (with its code).
        var group = api.MapGroup("/app/document-templates").WithTags("DocumentTemplates");
        group.MapGet("/", GetListAsync).WithName("getDocumentTemplateList")
            .RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Default);
        group.MapGet("/{name}/{culture}", GetAsync).WithName("getDocumentTemplate")
            .RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Default);
        group.MapPut("/{name}/{culture}", UpdateAsync).WithName("updateDocumentTemplate")
            .RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Manage);
        // A preview reads and saves nothing: whoever may read the templates may preview a draft.
        group.MapPost("/{name}/{culture}/preview", Preview).WithName("previewDocumentTemplate")
            .RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Default);
        group.MapDelete("/{name}/{culture}", ResetAsync).WithName("resetDocumentTemplate")
            .RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Manage);
    }

    private static async Task<Ok<IReadOnlyList<DocumentTemplateDto>>> GetListAsync(DocumentTemplateAppService service, CancellationToken ct)
        =>
        TypedResults.Ok(await service.GetListAsync(ct));

    private static async Task<Ok<DocumentTemplateContentDto>> GetAsync(
        string name,
        string culture,
        DocumentTemplateAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(name, culture, ct));

    private static async Task<Ok<DocumentTemplateContentDto>> UpdateAsync(
        string name, string culture, UpdateDocumentTemplateDto input, DocumentTemplateAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(name, culture, input, ct));

    private static Ok<DocumentPreviewDto> Preview(
        string name,
        string culture,
        PreviewDocumentTemplateDto input,
        DocumentTemplateAppService service) =>
        TypedResults.Ok(service.Preview(name, culture, input));

    private static async Task<NoContent> ResetAsync(string name, string culture, DocumentTemplateAppService service, CancellationToken ct)
    {
        await service.ResetAsync(name, culture, ct);
        return TypedResults.NoContent();
    }
}
