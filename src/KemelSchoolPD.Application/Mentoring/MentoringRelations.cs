using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// Who is whose mentor now, for the other modules (the mentor's year plan, the novice's cards, sharing "with my mentor"):
/// active mentor and tutor pairs of the current school (<see cref="MentoringPair.Guiding"/>; an informal curator is not one). These are
/// facts about pairs, not a read rule for
/// the caller: each caller decides what its own records show to a mentor.
/// </summary>
public sealed class MentoringRelations(IKemelSchoolPDDbContext db)
{
    /// <summary>Whether <paramref name="mentorStaffId"/> is the active mentor or tutor of <paramref name="menteeStaffId"/>.</summary>
    public Task<bool> IsActiveMentorOfAsync(Guid mentorStaffId, Guid menteeStaffId, CancellationToken ct) =>
        db.MentoringPairs.Where(MentoringPair.Guiding)
            .AnyAsync(p => p.MentorStaffMemberId == mentorStaffId && p.MenteeStaffMemberId == menteeStaffId, ct);

    /// <summary>The mentees the staff member guides now as mentor or tutor, each once.</summary>
    public async Task<IReadOnlyList<Guid>> ActiveMenteeIdsAsync(Guid mentorStaffId, CancellationToken ct) =>
        await db.MentoringPairs.Where(MentoringPair.Guiding).Where(p => p.MentorStaffMemberId == mentorStaffId)
            .Select(p => p.MenteeStaffMemberId).Distinct().ToListAsync(ct);

    /// <summary>The active mentors and tutors of the staff member, each once.</summary>
    public async Task<IReadOnlyList<Guid>> ActiveMentorIdsAsync(Guid menteeStaffId, CancellationToken ct) =>
        await db.MentoringPairs.Where(MentoringPair.Guiding).Where(p => p.MenteeStaffMemberId == menteeStaffId)
            .Select(p => p.MentorStaffMemberId).Distinct().ToListAsync(ct);
}
