using KemelSchoolPD.Entities;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace KemelSchoolPD.EntityFrameworkCore.Staff;

public static class StaffOfItsSchool
{
    private const string NoIndexForKey = "Kemel:NoIndexForStaffKey";

    /// <summary>
    /// Refers to a staff member of the row's own school: (TenantId, <paramref name="staffKey"/>) → StaffMembers (TenantId, Id).
    /// The database refuses a staff member of another school, and the row's school is checked through them (no foreign key of
    /// its own to Schools: one check per row fewer in a bulk assignment). An index that starts with (TenantId, staff key)
    /// serves the key, so EF adds none of its own (etc/benchmarks/README.md); for a teacher's key see
    /// <see cref="HasUniqueYearPerTeacher"/>.
    /// </summary>
    public static void HasStaffOfItsSchool<T>(this EntityTypeBuilder<T> b, string staffKey) where T : class, IMultiTenant =>
        b.HasOne<StaffMember>().WithMany().HasForeignKey(nameof(IMultiTenant.TenantId), staffKey)
            .HasPrincipalKey(s => new { s.TenantId, s.Id }).OnDelete(DeleteBehavior.Restrict);

    /// <summary>
    /// One record per teacher and year, as a unique index on (TenantId, year, teacher): a bulk assignment's new year then lands
    /// together at the index's end, where (TenantId, teacher, year) would put each new entry beside the teacher's earlier years
    /// and touch every page of the index (etc/benchmarks/README.md). EF's own index for the teacher's key is left out
    /// (<see cref="NoStaffKeyIndexConvention"/>): staff are never deleted, only archived, and a teacher's own list reads the
    /// school's part of the unique index.
    /// </summary>
    public static void HasUniqueYearPerTeacher<T>(this EntityTypeBuilder<T> b, string year, string teacherKey) where T : class, IMultiTenant
    {
        b.HasAnnotation(NoIndexForKey, teacherKey);
        b.HasIndex(nameof(IMultiTenant.TenantId), year, teacherKey).IsUnique();
        foreach (var index in b.Metadata.GetIndexes().Where(i => IsStaffKey(i.Properties, teacherKey)).ToList())
            b.Metadata.RemoveIndex(index);
    }

    /// <summary>Whether these are the columns (TenantId, <paramref name="staffKey"/>) of a staff reference.</summary>
    private static bool IsStaffKey(IEnumerable<IReadOnlyProperty> properties, string staffKey) =>
        properties.Select(p => p.Name).SequenceEqual([nameof(IMultiTenant.TenantId), staffKey]);

    /// <summary>EF's index for foreign keys, except for a staff key that <see cref="HasUniqueYearPerTeacher"/> named.</summary>
    public sealed class NoStaffKeyIndexConvention(ProviderConventionSetBuilderDependencies dependencies)
        : ForeignKeyIndexConvention(dependencies)
    {
        protected override IConventionIndex? CreateIndex(
            IReadOnlyList<IConventionProperty> properties,
            bool unique,
            IConventionEntityTypeBuilder entityTypeBuilder) =>
            entityTypeBuilder.Metadata.FindAnnotation(NoIndexForKey)?.Value is string key && IsStaffKey(properties, key)
                ? null
                : base.CreateIndex(properties, unique, entityTypeBuilder);
    }
}
