using KemelSchoolPD.Entities;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Staff;

public static class StaffOfItsSchool
{
    /// <summary>
    /// Refers to a staff member of the row's own school: (TenantId, <paramref name="staffKey"/>) → StaffMembers (TenantId, Id).
    /// The database refuses a staff member of another school, and the row's school is checked through them (no foreign key of
    /// its own to Schools: one check per row fewer in a bulk assignment). An index that starts with (TenantId, staff key)
    /// serves the key, so EF adds none of its own (etc/benchmarks/README.md).
    /// </summary>
    public static void HasStaffOfItsSchool<T>(this EntityTypeBuilder<T> b, string staffKey) where T : class, IMultiTenant =>
        b.HasOne<StaffMember>().WithMany().HasForeignKey(nameof(IMultiTenant.TenantId), staffKey)
            .HasPrincipalKey(s => new { s.TenantId, s.Id }).OnDelete(DeleteBehavior.Restrict);
}
