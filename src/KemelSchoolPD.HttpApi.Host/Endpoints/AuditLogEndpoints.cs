using KemelSchoolPD.Auditing;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The school's audit log: each entry shown only to whoever may read the audited record (IAuditedRecordReadRule).</summary>
public static class AuditLogEndpoints
{
    public static void MapAuditLogEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/app/audit-logs").WithTags("AuditLogs");
        group.MapGet("/", GetListAsync).WithName("getAuditLogList").RequirePermission(KemelSchoolPDPermissions.AuditLogs.Default);
    }

    private static async Task<Ok<PagedResultDto<AuditLogDto>>> GetListAsync(
        [AsParameters] GetAuditLogListInput input,
        AuditLogAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));
}
