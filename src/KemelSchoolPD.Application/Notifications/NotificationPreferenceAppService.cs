using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// Per kind: in the app or not, and by e-mail off / as it happens / in the daily digest. A person's own choice wins over the
/// school's default (set by the director), which wins over the kind's own default.
/// </summary>
public sealed class NotificationPreferenceAppService(
    IKemelSchoolPDDbContext db,
    NotificationKindCatalog kinds,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant)
{
    public async Task<NotificationPreferencesDto> GetMineAsync(CancellationToken ct = default)
    {
        var userId = UserId;
        var rows = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId || p.UserId == null).ToListAsync(ct);
        return Dto(kind =>
        {
            var school = rows.FirstOrDefault(p => p.UserId == null && p.Kind == kind.Kind);
            var own = rows.FirstOrDefault(p => p.UserId == userId && p.Kind == kind.Kind);
            var fallback = school is null ? (kind.DefaultInApp, kind.DefaultEmail) : (school.InApp, school.Email);
            return (own is null ? fallback : (own.InApp, own.Email), own is not null, fallback);
        });
    }

    public async Task<NotificationPreferencesDto> UpdateMineAsync(UpdateNotificationPreferencesDto input, CancellationToken ct = default)
    {
        await SaveAsync(UserId, input, ct);
        return await GetMineAsync(ct);
    }

    /// <summary>The school's defaults: what everyone gets for a kind until they choose otherwise.</summary>
    public async Task<NotificationPreferencesDto> GetSchoolDefaultsAsync(CancellationToken ct = default)
    {
        var rows = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == null).ToListAsync(ct);
        return Dto(kind =>
        {
            var school = rows.FirstOrDefault(p => p.Kind == kind.Kind);
            var builtIn = (kind.DefaultInApp, kind.DefaultEmail);
            return (school is null ? builtIn : (school.InApp, school.Email), school is not null, builtIn);
        });
    }

    public async Task<NotificationPreferencesDto> UpdateSchoolDefaultsAsync(
        UpdateNotificationPreferencesDto input,
        CancellationToken ct = default)
    {
        if (!currentTenant.IsAvailable) throw new ForbiddenException();
        await SaveAsync(null, input, ct);
        return await GetSchoolDefaultsAsync(ct);
    }

    private Guid UserId => currentUser.Id ?? throw new ForbiddenException();

    private async Task SaveAsync(Guid? userId, UpdateNotificationPreferencesDto input, CancellationToken ct)
    {
        var errors = input.Items.Select((item, i) => kinds.Find(item.Kind) is null
                ? new FieldError($"items[{i}].kind", KemelSchoolPDErrorCodes.Notifications.UnknownKind)
                : !Enum.IsDefined(item.Email) ? new FieldError($"items[{i}].email", ValidationCodes.Invalid) : null)
            .OfType<FieldError>().ToList();
        if (input.Items.GroupBy(i => i.Kind).Any(g => g.Count() > 1))
            errors.Add(new FieldError("items", CommonErrorCodes.DuplicateValue));
        if (errors.Count > 0) throw new InputValidationException(errors);

        var names = input.Items.Select(i => i.Kind).ToList();
        var existing = await db.NotificationPreferences.Where(p => p.UserId == userId && names.Contains(p.Kind)).ToListAsync(ct);
        foreach (var item in input.Items)
        {
            var row = existing.FirstOrDefault(p => p.Kind == item.Kind);
            if (item.UseDefault)
            {
                if (row is not null) db.NotificationPreferences.Remove(row);
            }
            else if (row is null) db.NotificationPreferences.Add(new NotificationPreference(userId, item.Kind, item.InApp, item.Email));
            else row.Set(item.InApp, item.Email);
        }
        await db.SaveChangesAsync(ct);
    }

    private NotificationPreferencesDto Dto(
        Func<NotificationKindDefinition,
            ((bool InApp, NotificationEmailMode Email) Value, bool IsCustom, (bool InApp, NotificationEmailMode Email) Default)> of)
    {
        var culture = CultureInfo.CurrentUICulture;
        return new NotificationPreferencesDto(kinds.All.OrderBy(k => k.Module, StringComparer.Ordinal).ThenBy(k => k.IsReminder)
            .ThenBy(k => k.Kind, StringComparer.Ordinal)
            .Select(kind =>
            {
                var (value, custom, fallback) = of(kind);
                return new NotificationPreferenceDto(
                    kind.Kind,
                    NotificationTexts.KindTitle(kind.Kind, culture),
                    kind.Module,
                    kind.IsReminder,
                    value.InApp,
                    value.Email,
                    custom,
                    fallback.InApp,
                    fallback.Email);
            })
            .ToList());
    }
}
