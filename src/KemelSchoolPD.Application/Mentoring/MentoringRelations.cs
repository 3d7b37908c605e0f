using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// Who is whose mentor now, for the other modules (the mentor's year plan, the novice's cards, sharing "with my mentor"):
/// active pairs of any kind (mentor, tutor, curator) of the current school. These are facts about pairs, not a read rule for
/// the caller: each caller decides what its own records show to a mentor.
/// </summary>
public sealed class MentoringRelations(IKemelSchoolPDDbContext db)
{
    /// <summary>Whether <paramref name="mentorStaffId"/> is in an active pair (of any kind) as the mentor of <paramref name="menteeStaffId"/>.</summary>
    public Task<bool> IsActiveMentorOfAsync(Guid mentorStaffId, Guid menteeStaffId, CancellationToken ct) =>
        db.MentoringPairs.Where(MentoringPair.Active)
            .AnyAsync(p => p.MentorStaffMemberId == mentorStaffId && p.MenteeStaffMemberId == menteeStaffId, ct);

    /// <summary>The mentees of the staff member's active pairs (any kind), each once.</summary>
    public async Task<IReadOnlyList<Guid>> ActiveMenteeIdsAsync(Guid mentorStaffId, CancellationToken ct) =>
        await db.MentoringPairs.Where(MentoringPair.Active).Where(p => p.MentorStaffMemberId == mentorStaffId)
            .Select(p => p.MenteeStaffMemberId).Distinct().ToListAsync(ct);

    /// <summary>The mentors, tutors and curators of the staff member's active pairs, each once.</summary>
    public async Task<IReadOnlyList<Guid>> ActiveMentorIdsAsync(Guid menteeStaffId, CancellationToken ct) =>
        await db.MentoringPairs.Where(MentoringPair.Active).Where(p => p.MenteeStaffMemberId == menteeStaffId)
            .Select(p => p.MentorStaffMemberId).Distinct().ToListAsync(ct);
}
