using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

/// <summary>A person who may receive notifications: an active account of an active school, with their staff record if any.</summary>
public sealed record Recipient(Guid UserId, Guid TenantId, Guid? StaffId, string FullName, string? Email, string? Culture);

/// <summary>
/// The accounts of one or more schools with the permissions audiences ask for, loaded in two statements, so that an audience
/// ("the teacher", "whoever agrees plans") becomes accounts without a query per record. Deactivated accounts and archived staff
/// records are not here: nothing is sent to them.
/// </summary>
public sealed class RecipientDirectory
{
    private readonly Dictionary<(Guid TenantId, Guid StaffId), Recipient> _byStaff = [];
    private readonly Dictionary<Guid, Recipient> _byUser = [];
    private readonly Dictionary<(Guid TenantId, string Permission), List<Guid>> _holders = [];
    private readonly Dictionary<Guid, HashSet<string>> _granted = [];

    /// <param name="staffIds">When given, only the accounts of these staff members and the permissions' holders are loaded (an event's
    /// few).</param>
    public static async Task<RecipientDirectory> LoadAsync(IKemelSchoolPDDbContext db, IReadOnlyCollection<Guid>? tenantIds,
        IReadOnlyCollection<string> permissions, CancellationToken ct, IReadOnlyCollection<Guid>? staffIds = null)
    {
        var directory = new RecipientDirectory();
        var holders = permissions.Count == 0 ? [] : await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            join claim in db.RoleClaims on role.Id equals claim.RoleId
            where claim.ClaimType == KemelClaimTypes.Permission && permissions.Contains(claim.ClaimValue!) && role.TenantId != null
                  && (tenantIds == null || tenantIds.Contains(role.TenantId!.Value))
            select new { userRole.UserId, TenantId = role.TenantId!.Value, Permission = claim.ClaimValue! }).Distinct().ToListAsync(ct);

        var users = tenantIds is null
            ? db.Users.Where(u => u.TenantId != null)
            : db.Users.Where(u => u.TenantId != null && tenantIds.Contains(u.TenantId!.Value));
        var members = tenantIds is null ? db.StaffMembers : db.StaffMembers.Where(s => tenantIds.Contains(s.TenantId));
        var query =
            from u in users.Where(u => u.IsActive)
            join s in members.Where(s => !s.IsArchived) on u.Id equals s.UserId into staff
            from s in staff.DefaultIfEmpty()
            select new { u.Id, TenantId = u.TenantId!.Value, StaffId = (Guid?)s.Id, u.FullName, u.Email, u.PreferredCulture };
        if (staffIds is not null)
        {
            var holderIds = holders.Select(h => h.UserId).Distinct().ToList();
            query = query.Where(x => holderIds.Contains(x.Id) || (x.StaffId != null && staffIds.Contains(x.StaffId.Value)));
        }
        var rows = await query.ToListAsync(ct);
        foreach (var row in rows)
        {
            var recipient = new Recipient(row.Id, row.TenantId, row.StaffId, row.FullName, row.Email, row.PreferredCulture);
            // One staff record per account (a person); a second one linked by mistake would only add a second route to them.
            directory._byUser.TryAdd(row.Id, recipient);
            if (row.StaffId is { } staffId) directory._byStaff.TryAdd((row.TenantId, staffId), recipient);
        }
        foreach (var h in holders.Where(h => directory._byUser.ContainsKey(h.UserId)))
        {
            if (!directory._holders.TryGetValue((h.TenantId, h.Permission), out var list)) directory._holders[(h.TenantId, h.Permission)]
                = list = [];
            list.Add(h.UserId);
            if (!directory._granted.TryGetValue(h.UserId, out var set)) directory._granted[h.UserId] = set = [];
            set.Add(h.Permission);
        }
        return directory;
    }

    public Recipient? User(Guid userId) => _byUser.GetValueOrDefault(userId);

    /// <summary>The permissions (of those loaded) the account holds.</summary>
    public IReadOnlySet<string> GrantedOf(Guid userId) => _granted.TryGetValue(userId, out var set) ? set : new HashSet<string>();

    public IEnumerable<Recipient> Resolve(Guid tenantId, MyWorkAudience audience)
    {
        if (audience.StaffId is { } staffId)
        {
            if (_byStaff.TryGetValue((tenantId, staffId), out var person)) yield return person;
            yield break;
        }
        if (audience.Permissions is not { Count: > 0 } required) yield break;
        if (!_holders.TryGetValue((tenantId, required[0]), out var candidates)) yield break;
        foreach (var userId in candidates)
        {
            var recipient = _byUser[userId];
            if (audience.Includes(recipient.StaffId, GrantedOf(userId))) yield return recipient;
        }
    }

    /// <summary>The permissions an audience list needs loaded.</summary>
    public static IReadOnlyCollection<string> PermissionsOf(IEnumerable<MyWorkAudience> audiences) =>
        audiences.SelectMany(a => a.Permissions ?? []).Distinct().ToList();
}

/// <summary>
/// The channels each person gets each kind by: their own choice, else their school's default, else the kind's default.
/// Loaded for a set of schools in one statement.
/// </summary>
public sealed class NotificationChannels
{
    private readonly Dictionary<(Guid TenantId, Guid? UserId, string Kind), (bool InApp, NotificationEmailMode Email)> _rows = [];

    public static async Task<NotificationChannels> LoadAsync(
        IKemelSchoolPDDbContext db,
        IReadOnlyCollection<Guid>? tenantIds,
        CancellationToken ct)
    {
        var query = tenantIds is null ? db.NotificationPreferences : db.NotificationPreferences.Where(p => tenantIds.Contains(p.TenantId));
        var channels = new NotificationChannels();
        foreach (var p in await query.AsNoTracking().Select(p => new { p.TenantId, p.UserId, p.Kind, p.InApp, p.Email }).ToListAsync(ct))
            channels._rows[(p.TenantId, p.UserId, p.Kind)] = (p.InApp, p.Email);
        return channels;
    }

    public (bool InApp, NotificationEmailMode Email) For(Guid tenantId, Guid userId, NotificationKindDefinition kind) =>
        _rows.TryGetValue((tenantId, userId, kind.Kind), out var own) ? own
        : _rows.TryGetValue((tenantId, null, kind.Kind), out var school) ? school
        : (kind.DefaultInApp, kind.DefaultEmail);

    /// <summary>
    /// How a person gets one kind: in the app or not, and what happens by e-mail (nothing without an address); null when the
    /// person gets it by neither channel.
    /// </summary>
    public (bool InApp, NotificationEmailState Email)? Delivery(Recipient to, NotificationKindDefinition kind)
    {
        var (inApp, email) = For(to.TenantId, to.UserId, kind);
        var state = to.Email is null ? NotificationEmailState.None : email switch
        {
            NotificationEmailMode.Immediate => NotificationEmailState.Queued,
            NotificationEmailMode.Digest => NotificationEmailState.Digest,
            _ => NotificationEmailState.None,
        };
        return inApp || state != NotificationEmailState.None ? (inApp, state) : null;
    }
}
