using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Mentoring;

/// <summary>What is asked of a new pair (the caller's rights are the application's to check).</summary>
public sealed record MentoringPairRequest(
    MentoringPairKind Kind,
    Guid MentorStaffMemberId,
    Guid MenteeStaffMemberId,
    DateOnly StartsOn,
    DateOnly? EndsOn);

/// <summary>
/// The rules of pairs that need more than one pair (ABP's *Manager): both people active staff of the school (the school
/// filter hides everyone else, so nobody pairs people of two schools), at most one active pair of each kind per mentee, and a
/// mentor's active pairs within the school's capacity. The unique index IX_MentoringPairs_OneActive stays the guarantee under
/// concurrency; the check here gives the friendly 409 with the same code. Nothing is saved here.
/// </summary>
public sealed class MentoringManager(IMentoringPairRepository pairs)
{
    public async Task<MentoringPair> CreatePairAsync(
        MentoringPairRequest request,
        MentoringRules rules,
        Guid? createdByUserId,
        CancellationToken ct = default)
    {
        if (request.MentorStaffMemberId == request
            .MenteeStaffMemberId) throw new BusinessException(KemelSchoolPDErrorCodes.Mentoring.SelfPair);
        if (!await pairs.IsActiveStaffAsync(request.MentorStaffMemberId, ct))
            throw new InputValidationException(nameof(request.MentorStaffMemberId), KemelSchoolPDErrorCodes.Mentoring.StaffMustBeActive);
        if (!await pairs.IsActiveStaffAsync(request.MenteeStaffMemberId, ct))
            throw new InputValidationException(nameof(request.MenteeStaffMemberId), KemelSchoolPDErrorCodes.Mentoring.StaffMustBeActive);
        if (await pairs.HasActivePairAsync(request.MenteeStaffMemberId, request.Kind, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.ActivePairExists).WithData(
                "Kind",
                Localization.LocalizableValue.Enum(request.Kind));
        var load = await pairs.CountActiveAsMentorAsync(request.MentorStaffMemberId, ct);
        if (load >= rules.MentorCapacity)
            throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.MentorOverCapacity).WithData("Capacity", rules.MentorCapacity);
        return new MentoringPair(
            Guid.CreateVersion7(),
            request.Kind,
            request.MentorStaffMemberId,
            request.MenteeStaffMemberId,
            request.StartsOn,
            request.EndsOn,
            createdByUserId);
    }
}
