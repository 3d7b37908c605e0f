using KemelSchoolPD.Data;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Staff;

/// <summary>
/// The signed-in user's active staff record in the current school (null for the host, an anonymous caller or a user without
/// one). Looked up once per request: "my cycle", "my plan", "observed me" and the app configuration all start from it.
/// </summary>
public sealed class CurrentStaffMember(IKemelSchoolPDDbContext db, ICurrentUser currentUser)
{
    private Guid? _id;
    private bool _loaded;

    public async Task<Guid?> GetIdAsync(CancellationToken ct = default)
    {
        if (_loaded) return _id;
        var userId = currentUser.Id;
        _id = userId is null ? null
            : await db.StaffMembers.Where(s => s.UserId == userId && !s.IsArchived).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        _loaded = true;
        return _id;
    }
}
