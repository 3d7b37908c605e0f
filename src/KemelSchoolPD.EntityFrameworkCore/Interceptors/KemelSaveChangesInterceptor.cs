using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KemelSchoolPD.EntityFrameworkCore.Interceptors;

/// <summary>
/// Applies the kernel's rules to every save (ABP's ApplyAbpConcepts): stamps the school on new rows and refuses any write to
/// another school's row, fills audit fields, turns deletes into soft deletes, renews concurrency stamps, and writes the audit log
/// and renews each changed school's <see cref="SchoolChangeToken"/> in the same transaction as the change itself (and the
/// platform's token, <see cref="SchoolChangeToken.Platform"/>, with a change to the host's catalogue that every school reads).
/// </summary>
public sealed class KemelSaveChangesInterceptor(
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IDataFilter dataFilter,
    TimeProvider clock)
    : SaveChangesInterceptor
{
    private static readonly HashSet<string> NotAudited =
    [
        "SearchText", // derived from audited fields
        nameof(IHasConcurrencyStamp.ConcurrencyStamp), nameof(IMultiTenant.TenantId),
        nameof(IAuditedObject.CreationTime), nameof(IAuditedObject.CreatorId),
        nameof(IAuditedObject.LastModificationTime), nameof(IAuditedObject.LastModifierId),
        nameof(FullAuditedAggregateRoot<Guid>.DeletionTime), nameof(FullAuditedAggregateRoot<Guid>.DeleterId),
    ];

    /// <summary>Kazakh and Russian text stays readable in the log (and is not lengthened by \uXXXX escapes before the cut).</summary>
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not { } context) return result;
        var (schools, platform) = Apply(context);
        RenewTokens(context, schools);
        if (platform) RenewPlatformToken(context, IsPlatformTokenTracked(context) || PlatformTokens(context).Any());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context) return result;
        var (schools, platform) = Apply(context);
        RenewTokens(context, schools);
        if (platform)
            RenewPlatformToken(context, IsPlatformTokenTracked(context) || await PlatformTokens(context).AnyAsync(cancellationToken));
        return result;
    }

    /// <summary>Records that are not the school's work: a change to them leaves the school's change token as it is.</summary>
    private static bool OutsideWork(object entity)
        => entity is AuditLog or Notification or NotificationPreference or OutboxEmail or SchoolChangeToken;

    /// <summary>
    /// A new school gets its token row in the save that creates it, so every other save renews the token by an UPDATE alone,
    /// without reading the row first (the save's hot path).
    /// </summary>
    private static void RenewTokens(DbContext context, HashSet<Guid> changedSchools)
    {
        var newSchools = context.ChangeTracker.Entries<School>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id)
            .ToHashSet();
        foreach (var school in newSchools) context.Add(new SchoolChangeToken(school));
        foreach (var school in changedSchools.Except(newSchools))
        {
            var token = context.Set<SchoolChangeToken>().Local.FindEntry(school)?.Entity
                ?? context.Attach(new SchoolChangeToken(school)).Entity;
            var entry = context.Entry(token);
            if (entry.State != EntityState.Added) entry.Property(t => t.Token).CurrentValue = Guid.NewGuid();
        }
    }

    private static IQueryable<SchoolChangeToken> PlatformTokens(DbContext context) =>
        context.Set<SchoolChangeToken>().AsNoTracking().Where(t => t.SchoolId == SchoolChangeToken.Platform);

    private static bool IsPlatformTokenTracked(DbContext context) =>
        context.Set<SchoolChangeToken>().Local.FindEntry(SchoolChangeToken.Platform) is not null;

    /// <summary>
    /// The platform's row is looked for only when the host catalogue changed (the host operator's rare saves): the first such
    /// change adds it, every later one renews it by an UPDATE.
    /// </summary>
    private static void RenewPlatformToken(DbContext context, bool exists)
    {
        var tokens = context.Set<SchoolChangeToken>();
        if (!exists)
        {
            tokens.Add(new SchoolChangeToken(SchoolChangeToken.Platform));
            return;
        }
        var token = tokens.Local.FindEntry(SchoolChangeToken.Platform)?.Entity
                    ?? context.Attach(new SchoolChangeToken(SchoolChangeToken.Platform)).Entity;
        var entry = context.Entry(token);
        if (entry.State != EntityState.Added) entry.Property(t => t.Token).CurrentValue = Guid.NewGuid();
    }

    /// <summary>
    /// A record of the host's catalogue: one of the domain's entities that belongs to no school (course programmes, public
    /// holidays…). Users, roles, sessions and the framework's own rows are not: no school's view is computed from them.
    /// </summary>
    private static bool IsHostCatalogue(object entity) =>
        entity is not (IMultiTenant or IMayHaveTenant or School) && !OutsideWork(entity) && IsDomainEntity(entity.GetType());

    private static bool IsDomainEntity(Type? type)
    {
        for (; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Entity<>)) return true;
        return false;
    }

    /// <summary>Applies the rules to every change; answers the schools whose records changed, and whether the host catalogue did.</summary>
    private (HashSet<Guid> Schools, bool Platform) Apply(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var auditLogs = new List<AuditLog>();
        var changedSchools = new HashSet<Guid>();
        var platform = false;
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Metadata.IsOwned())
            {
                // A part stored with its owner has no school of its own: the owner's is the current school (the host's catalogue
                // when there is none).
                if (currentTenant.Id is { } current) changedSchools.Add(current);
                else platform = true;
                continue;
            }

            GuardTenant(entry);
            if (!OutsideWork(entry.Entity) && SchoolOf(entry) is { } school) changedSchools.Add(school);
            // A school's own row (its name, whether it is active) is part of its views.
            if (entry.Entity is School { } changedSchool && entry.State != EntityState.Added) changedSchools.Add(changedSchool.Id);
            if (IsHostCatalogue(entry.Entity)) platform = true;
            var changeType = entry.State switch
            {
                EntityState.Added => EntityChangeType.Created,
                EntityState.Deleted => EntityChangeType.Deleted,
                _ => EntityChangeType.Updated,
            };

            if (entry.State == EntityState.Added) OnAdded(entry, now);
            else if (entry.State == EntityState.Deleted && entry.Entity is ISoftDelete) SoftDelete(entry, now);
            else if (entry.State == EntityState.Modified) OnModified(entry, now);

            if (entry.Entity is IAuditedEntity && Audit(entry, changeType, now) is { } log) auditLogs.Add(log);
        }
        context.AddRange(auditLogs);
        return (changedSchools, platform);
    }

    /// <summary>The school a changed row belongs to, if any (host records have none).</summary>
    private static Guid? SchoolOf(EntityEntry entry) =>
        entry.Entity is IMultiTenant or IMayHaveTenant
            && ToNullableGuid(entry.Property(nameof(IMultiTenant.TenantId)).CurrentValue) is { } id
            && id != Guid.Empty
            ? id
            : null;

    /// <summary>New rows belong to the current school; nobody writes another school's rows while the tenant filter is on.</summary>
    private void GuardTenant(EntityEntry entry)
    {
        if (entry.Entity is not (IMultiTenant or IMayHaveTenant)) return;
        var property = entry.Property(nameof(IMultiTenant.TenantId));

        // A temporary value is EF's own placeholder (a staff member's school is part of the key plans and route sheets refer
        // to, and EF fills an unset key part that way), not a school anyone chose.
        if (entry.State == EntityState.Added && entry.Entity is IMultiTenant
            && ((Guid)property.CurrentValue! == Guid.Empty || property.IsTemporary))
        {
            property.CurrentValue = currentTenant.Id
                ?? throw new CrossTenantWriteException(entry.Metadata.ClrType.Name, null, null);
            return;
        }

        if (!dataFilter.IsEnabled<IMultiTenant>()) return;
        var rowTenant = ToNullableGuid(entry.State == EntityState.Added ? property.CurrentValue : property.OriginalValue);
        if (rowTenant != currentTenant.Id || (entry.State != EntityState.Added && ToNullableGuid(property.CurrentValue) != rowTenant))
            throw new CrossTenantWriteException(entry.Metadata.ClrType.Name, rowTenant, currentTenant.Id);
    }

    private void OnAdded(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is not IAuditedObject) return;
        entry.Property(nameof(IAuditedObject.CreationTime)).CurrentValue = now;
        entry.Property(nameof(IAuditedObject.CreatorId)).CurrentValue = currentUser.Id;
    }

    private void OnModified(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is IAuditedObject)
        {
            entry.Property(nameof(IAuditedObject.LastModificationTime)).CurrentValue = now;
            entry.Property(nameof(IAuditedObject.LastModifierId)).CurrentValue = currentUser.Id;
        }
        if (entry.Entity is IHasConcurrencyStamp)
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue = Guid.NewGuid().ToString("N");
    }

    private void SoftDelete(EntityEntry entry, DateTime now)
    {
        entry.State = EntityState.Modified;
        entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
        entry.Property(nameof(FullAuditedAggregateRoot<Guid>.DeletionTime)).CurrentValue = now;
        entry.Property(nameof(FullAuditedAggregateRoot<Guid>.DeleterId)).CurrentValue = currentUser.Id;
        OnModified(entry, now);
    }

    private AuditLog? Audit(EntityEntry entry, EntityChangeType changeType, DateTime now)
    {
        var changes = changeType == EntityChangeType.Deleted
            ? []
            : entry.Properties
                .Where(p => !p.Metadata.IsPrimaryKey() && !NotAudited.Contains(p.Metadata.Name)
                    && p.Metadata.Name != nameof(ISoftDelete.IsDeleted))
                .Where(p => changeType == EntityChangeType.Created
                    ? p.CurrentValue is not null
                    : p.IsModified && !Equals(Format(p, p.OriginalValue), Format(p, p.CurrentValue)))
                .Select(p => new AuditPropertyChange(
                    p.Metadata.Name, changeType == EntityChangeType.Created ? null : Format(p, p.OriginalValue), Format(p, p.CurrentValue)))
                .ToList();
        if (changeType == EntityChangeType.Updated && changes.Count == 0) return null;

        var id = entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue;
        return new AuditLog(currentTenant.Id, now, currentUser.Id, currentUser.UserName, entry.Metadata.ClrType.Name,
            Convert.ToString(id, CultureInfo.InvariantCulture)!, changeType, changes);
    }

    /// <summary>
    /// A value object stored through a converter (an artefact's form, a plan's activities as JSON) is logged as it is stored:
    /// its own ToString would be its type's name, the same before and after, and the change would not be logged at all.
    /// </summary>
    private static string? Format(PropertyEntry property, object? value) =>
        Format(value is not null and not string and not ValueType && property.Metadata.GetValueConverter() is { } converter
            ? converter.ConvertToProvider(value)
            : value);

    private static string? Format(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IEnumerable e => JsonSerializer.Serialize(
                e.Cast<object?>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)),
                ReadableJson),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
        return text is { Length: > AuditLogConsts.MaxValueLength } ? text[..AuditLogConsts.MaxValueLength] : text;
    }

    private static Guid? ToNullableGuid(object? value) => value is Guid g ? g : null;
}
