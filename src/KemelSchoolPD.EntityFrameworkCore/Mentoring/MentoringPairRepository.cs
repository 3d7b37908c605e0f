using KemelSchoolPD.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.EntityFrameworkCore.Mentoring;

/// <summary>The reads <see cref="MentoringManager"/> needs, under the context's school filter.</summary>
public sealed class MentoringPairRepository(KemelSchoolPDDbContext db) : IMentoringPairRepository
{
    public Task<bool> HasActivePairAsync(Guid menteeStaffMemberId, MentoringPairKind kind, CancellationToken ct) =>
        db.MentoringPairs.Where(MentoringPair.Active).AnyAsync(p => p.MenteeStaffMemberId == menteeStaffMemberId && p.Kind == kind, ct);

    public Task<int> CountActiveAsMentorAsync(Guid mentorStaffMemberId, CancellationToken ct) =>
        db.MentoringPairs.Where(MentoringPair.Active).CountAsync(p => p.MentorStaffMemberId == mentorStaffMemberId, ct);

    public Task<bool> IsActiveStaffAsync(Guid staffMemberId, CancellationToken ct) =>
        db.StaffMembers.AnyAsync(s => s.Id == staffMemberId && !s.IsArchived, ct);
}
