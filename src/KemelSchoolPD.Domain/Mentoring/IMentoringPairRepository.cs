namespace KemelSchoolPD.Mentoring;

/// <summary>
/// What <see cref="MentoringManager"/> needs to know about other pairs and the staff of the current school (implemented in
/// the EntityFrameworkCore layer, under the school filter: a staff member of another school is simply not found). Reads only.
/// </summary>
public interface IMentoringPairRepository
{
    /// <summary>Whether the mentee has an active pair of that kind.</summary>
    Task<bool> HasActivePairAsync(Guid menteeStaffMemberId, MentoringPairKind kind, CancellationToken ct);

    /// <summary>How many active pairs (of any kind) the staff member leads as mentor.</summary>
    Task<int> CountActiveAsMentorAsync(Guid mentorStaffMemberId, CancellationToken ct);

    /// <summary>Whether the staff member is an active (not archived) member of the current school.</summary>
    Task<bool> IsActiveStaffAsync(Guid staffMemberId, CancellationToken ct);
}
