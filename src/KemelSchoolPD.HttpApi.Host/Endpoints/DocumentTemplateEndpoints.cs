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
        var group = api.MapGroup("/document-templates").WithTags("DocumentTemplates");
        group.MapGet("/", GetListAsync).RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Default);
        group.MapGet("/{name}/{culture}", GetAsync).RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Default);
        group.MapPut("/{name}/{culture}", UpdateAsync).RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Manage);
        group.MapDelete("/{name}/{culture}", ResetAsync).RequirePermission(KemelSchoolPDPermissions.DocumentTemplates.Manage);
    }

    private static async Task<Ok<IReadOnlyList<DocumentTemplateDto>>> GetListAsync(DocumentTemplateAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(ct));

    private static async Task<Ok<DocumentTemplateContentDto>> GetAsync(string name, string culture, DocumentTemplateAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(name, culture, ct));

    private static async Task<Ok<DocumentTemplateContentDto>> UpdateAsync(
        string name, string culture, UpdateDocumentTemplateDto input, DocumentTemplateAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(name, culture, input, ct));

    private static async Task<NoContent> ResetAsync(string name, string culture, DocumentTemplateAppService service, CancellationToken ct)
    {
        await service.ResetAsync(name, culture, ct);
        return TypedResults.NoContent();
    }
}
