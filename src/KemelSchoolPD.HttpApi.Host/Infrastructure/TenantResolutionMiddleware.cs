using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Decides which school a request runs as (ABP's MultiTenancyMiddleware). A signed-in user's "tenant_id" claim is
/// authoritative; an anonymous request may name a school with the "__tenant" header (the sign-in picker). A header that
/// contradicts the claim is refused, and so is any request to a school that was deactivated.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string TenantHeader = "__tenant";

    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant, IKemelSchoolPDDbContext db)
    {
        var header = context.Request.Headers[TenantHeader].ToString();
        Guid? tenantId;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            tenantId = Guid.TryParse(context.User.FindFirst(KemelClaimTypes.TenantId)?.Value, out var claimed) ? claimed : null;
            if (header.Length > 0 && (!Guid.TryParse(header, out var headerId) || headerId != tenantId))
            {
                await ProblemResults.WriteAsync(
                    context,
                    StatusCodes.Status403Forbidden,
                    KemelSchoolPDErrorCodes.MultiTenancy.TenantMismatch);
                return;
            }
        }
        else if (header.Length > 0)
        {
            if (!Guid.TryParse(header, out var headerId))
            {
                await ProblemResults.WriteAsync(
                    context,
                    StatusCodes.Status400BadRequest,
                    KemelSchoolPDErrorCodes.MultiTenancy.TenantNotFound);
                return;
            }
            tenantId = headerId;
        }
        else tenantId = null;

        string? name = null;
        if (tenantId is { } id)
        {
            var school = await db.Schools.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Name, s.IsActive })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (school is null || !school.IsActive)
            {
                var authenticated = context.User.Identity?.IsAuthenticated == true;
                await ProblemResults.WriteAsync(context,
                    authenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest,
                    school is null
                        ? KemelSchoolPDErrorCodes.MultiTenancy.TenantNotFound
                        : KemelSchoolPDErrorCodes.MultiTenancy.TenantInactive);
                return;
            }
            name = school.Name;
        }

        using (currentTenant.Change(tenantId, name))
            await next(context);
    }
}
