using System.Net;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Tests.Support;

namespace KemelSchoolPD.HttpApi.Tests.MultiTenancy;

/// <summary>Ids of one school's records by kind. A later module adds its kind here and seeds it in <see cref="TenantIsolation_Tests"/>.</summary>
public static class RecordKind
{
    public const string StaffMember = nameof(StaffMember);
    public const string Association = nameof(Association);
    public const string Role = nameof(Role);
    public const string Notification = nameof(Notification);

    public static readonly IReadOnlyList<string> All = [StaffMember, Association, Role, Notification];
}

/// <summary>A set of record ids, one per <see cref="RecordKind"/>.</summary>
public sealed class RecordIds(IReadOnlyDictionary<string, Guid> ids)
{
    public Guid this[string kind] => ids.TryGetValue(kind, out var id) ? id : throw new KeyNotFoundException($"No {kind} record was seeded.");

    public static RecordIds Random() => new(RecordKind.All.ToDictionary(k => k, _ => Guid.NewGuid()));
}

/// <summary>
/// A school-owned endpoint aimed at records of a school: the catalog route, its parameters ("id=StaffMember" aims at the target
/// school's staff member, "id=own:Association" at the caller's own association) and a valid body, so that nothing but the
/// ids can make the call fail. As another school's records, the ids must be answered exactly like ids that do not exist.
/// </summary>
public sealed record SchoolOwnedEndpoint(
    string Method,
    string Route,
    string Parameters,
    Func<RecordIds, RecordIds, object?>? Body = null,
    HttpStatusCode ExpectedStatus = HttpStatusCode.NotFound,
    string ExpectedCode = CommonErrorCodes.EntityNotFound)
{
    public string Key => $"{Method} {Route} [{Parameters}]";

    public string Url(RecordIds target, RecordIds own)
    {
        var url = Route;
        foreach (var pair in Parameters.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, kind) = (pair.Split('=')[0], pair.Split('=')[1]);
            if (name.StartsWith('?')) continue; // a body-only reference, documented in the key
            var id = kind.StartsWith("own:", StringComparison.Ordinal) ? own[kind[4..]] : target[kind];
            url = url.Replace("{" + name + "}", id.ToString(), StringComparison.Ordinal);
        }
        return url;
    }
}

/// <summary>The one list of school-owned endpoints that take record ids. Add a module's endpoints here.</summary>
public static class SchoolOwnedEndpoints
{
    private static Dictionary<string, object?> StaffUpdate(Guid? associationId = null) =>
        new(ApiClients.NewStaffMember("Бөгде Мектеп Қызметкері")) { ["concurrencyStamp"] = "00000000000000000000000000000000", ["methodologicalAssociationId"] = associationId };

    public static readonly IReadOnlyList<SchoolOwnedEndpoint> All =
    [
        // Staff
        new("GET", "/api/staff/{id}", "id=StaffMember"),
        new("PUT", "/api/staff/{id}", "id=StaffMember", (_, _) => StaffUpdate()),
        new("POST", "/api/staff/{id}/archive", "id=StaffMember"),
        new("POST", "/api/staff/{id}/restore", "id=StaffMember"),
        // ...and another school's association named in a body is an unknown association.
        new("POST", "/api/staff", "?methodologicalAssociationId=Association", (t, _) => StaffUpdate(t[RecordKind.Association]),
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
        new("PUT", "/api/staff/{id}", "id=own:StaffMember,?methodologicalAssociationId=Association", (t, _) => StaffUpdate(t[RecordKind.Association]),
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Methodological associations
        new("GET", "/api/methodological-associations/{id}", "id=Association"),
        new("PUT", "/api/methodological-associations/{id}", "id=Association",
            (_, _) => new { name = "Бөгде бірлестік", concurrencyStamp = "00000000000000000000000000000000" }),
        new("DELETE", "/api/methodological-associations/{id}", "id=Association"),
        new("POST", "/api/methodological-associations/{id}/members", "id=Association",
            (_, own) => new { staffMemberIds = new[] { own[RecordKind.StaffMember] } }),
        new("POST", "/api/methodological-associations/{id}/members", "id=own:Association,?staffMemberIds=StaffMember",
            (target, _) => new { staffMemberIds = new[] { target[RecordKind.StaffMember] } }),
        new("DELETE", "/api/methodological-associations/{id}/members/{staffMemberId}", "id=Association,staffMemberId=own:StaffMember"),
        new("DELETE", "/api/methodological-associations/{id}/members/{staffMemberId}", "id=own:Association,staffMemberId=StaffMember"),
        new("POST", "/api/methodological-associations", "?leaderStaffMemberId=StaffMember",
            (target, _) => new { name = "Бөгде басшымен " + Guid.NewGuid().ToString("N")[..6], leaderStaffMemberId = target[RecordKind.StaffMember] },
            HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),

        // Roles
        new("GET", "/api/identity/roles/{id}/permissions", "id=Role"),
        new("PUT", "/api/identity/roles/{id}/permissions", "id=Role", (_, _) => new { grantedPermissions = new[] { "KemelSchoolPD.Staff" } }),

        // Notifications
        new("POST", "/api/notifications/{id}/read", "id=Notification"),
    ];
}
