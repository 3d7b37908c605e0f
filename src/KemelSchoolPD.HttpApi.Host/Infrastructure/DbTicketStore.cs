using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.EntityFrameworkCore.Sessions;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Keeps cookie sessions in the database; the cookie carries only the session key (protected with keys that are also in the
/// database). Any app node can serve any signed-in user, and signing out removes the session for all nodes.
/// </summary>
public sealed class DbTicketStore(IServiceScopeFactory scopeFactory, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var session = new UserSession
        {
            Id = Guid.NewGuid().ToString("N"),
            UserId = Guid.Parse(ticket.Principal.FindFirst(KemelClaimTypes.UserId)!.Value),
            TenantId = Guid.TryParse(ticket.Principal.FindFirst(KemelClaimTypes.TenantId)?.Value, out var t) ? t : null,
        };
        await WithDbAsync(async db =>
        {
            Fill(session, ticket);
            db.UserSessions.Add(session);
            await db.SaveChangesAsync();
        });
        return session.Id;
    }

    /// <summary>
    /// Also called when a request signs in again over its own cookie (after a password change that ended every session):
    /// the session is then written anew under the same key. A stale ticket written back this way is still refused by its
    /// old security stamp.
    /// </summary>
    public Task RenewAsync(string key, AuthenticationTicket ticket) => WithDbAsync(async db =>
    {
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == key);
        if (session is null)
        {
            session = new UserSession
            {
                Id = key,
                UserId = Guid.Parse(ticket.Principal.FindFirst(KemelClaimTypes.UserId)!.Value),
                TenantId = Guid.TryParse(ticket.Principal.FindFirst(KemelClaimTypes.TenantId)?.Value, out var t) ? t : null,
            };
            db.UserSessions.Add(session);
        }
        Fill(session, ticket);
        await db.SaveChangesAsync();
    });

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        AuthenticationTicket? ticket = null;
        await WithDbAsync(async db =>
        {
            var session = await db.UserSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key);
            if (session is null || session.ExpiresAt < clock.GetUtcNow().UtcDateTime) return;
            ticket = TicketSerializer.Default.Deserialize(session.Ticket);
        });
        return ticket;
    }

    public Task RemoveAsync(string key) => WithDbAsync(db => db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync());

    private void Fill(UserSession session, AuthenticationTicket ticket)
    {
        session.Ticket = TicketSerializer.Default.Serialize(ticket);
        session.ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime;
        session.LastRenewedAt = clock.GetUtcNow().UtcDateTime;
    }

    private async Task WithDbAsync(Func<KemelSchoolPDDbContext, Task> action)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>());
    }
}
