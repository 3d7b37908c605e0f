using System.Reflection;
using KemelSchoolPD.Attachments;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.EntityFrameworkCore.Attachments;

/// <summary>
/// Owner records found by their CLR type name among the model's entities with a Guid key (the school and soft-delete filters apply).
/// </summary>
public sealed class AttachmentOwners(KemelSchoolPDDbContext db) : IAttachmentOwners
{
    private static readonly MethodInfo IdsOf =
        typeof(AttachmentOwners).GetMethod(nameof(Ids), BindingFlags.NonPublic | BindingFlags.Static)!;

    public IQueryable<Guid>? ExistingIds(string ownerType)
    {
        var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType.Name == ownerType
            && t.FindPrimaryKey()?.Properties is [{ Name: "Id", ClrType: var key }] && key == typeof(Guid)).ToList();
        // An unknown or ambiguous name: nobody can tell its records, so its files are left alone.
        return types is [var type] ? (IQueryable<Guid>)IdsOf.MakeGenericMethod(type.ClrType).Invoke(null, [db])! : null;
    }

    private static IQueryable<Guid> Ids<T>(DbContext context) where T : class => context.Set<T>().Select(e => EF.Property<Guid>(e, "Id"));
}
