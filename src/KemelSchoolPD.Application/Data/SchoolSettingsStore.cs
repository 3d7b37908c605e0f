using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Data;

/// <summary>
/// Reads and saves a module's one row of rules per school (<see cref="ISchoolSettings{TSelf,TRules}"/>): the school's own or the
/// defaults, saved under its concurrency stamp, and read for many schools at once by the reminder sweep. Each module's settings
/// service derives from it and adds only its DTOs.
/// </summary>
public abstract class SchoolSettingsStore<TSettings, TRules>(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    Func<IKemelSchoolPDDbContext, DbSet<TSettings>> table)
    where TSettings : class, ISchoolSettings<TSettings, TRules>
    where TRules : class
{
    private TRules? _rules;

    private DbSet<TSettings> Table => table(db);

    /// <summary>The current school's rules, whether they are the defaults, and the stamp to save them under.</summary>
    protected async Task<(TRules Rules, bool IsDefault, string? Stamp)> ReadAsync(CancellationToken ct)
    {
        var settings = await Table.AsNoTracking().FirstOrDefaultAsync(ct);
        return (settings?.ToRules() ?? TSettings.Defaults, settings is null, settings?.ConcurrencyStamp);
    }

    /// <summary>Saves the current school's rules; <paramref name="stamp"/> is null for a school still on the defaults.</summary>
    protected async Task<(TRules Rules, string Stamp)> SaveAsync(TRules rules, string? stamp, CancellationToken ct)
    {
        if (!currentTenant.IsAvailable) throw new ForbiddenException();
        var settings = await Table.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            // Two first saves at once: the unique index on the school lets one through, the other answers 409.
            if (stamp is not null) throw new ConflictException(CommonErrorCodes.ConcurrencyConflict);
            Table.Add(settings = TSettings.Create(Guid.CreateVersion7(), rules));
        }
        else
        {
            db.ExpectConcurrencyStamp(settings, stamp ?? "");
            settings.Update(rules);
        }
        await db.SaveChangesAsync(ct);
        _rules = null;
        return (settings.ToRules(), settings.ConcurrencyStamp);
    }

    /// <summary>The current school's rules (read once per request).</summary>
    public async Task<TRules> RulesAsync(CancellationToken ct = default) =>
        _rules ??= (await Table.AsNoTracking().FirstOrDefaultAsync(ct))?.ToRules() ?? TSettings.Defaults;

    /// <summary>The rules of many schools at once (the reminder sweep runs with the school filter off).</summary>
    public async Task<Func<Guid, TRules>> RulesOfAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken ct = default)
    {
        var rows = await Table.AsNoTracking().Where(s => schoolIds.Contains(s.TenantId)).ToListAsync(ct);
        var bySchool = rows.ToDictionary(s => s.TenantId, s => s.ToRules());
        return id => bySchool.GetValueOrDefault(id) ?? TSettings.Defaults;
    }

    /// <summary>
    /// The rules "my work" applies: of the caller's school on a page, of each school of the batch in the reminder sweep (no caller).
    /// </summary>
    public async Task<Func<Guid, TRules>> RulesForAsync(bool sweep, IReadOnlyCollection<Guid> schoolIds, CancellationToken ct = default)
    {
        if (sweep) return await RulesOfAsync(schoolIds, ct);
        var own = await RulesAsync(ct);
        return _ => own;
    }
}
