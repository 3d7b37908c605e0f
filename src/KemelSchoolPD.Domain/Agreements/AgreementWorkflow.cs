using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Agreements;

/// <summary>
/// The agreement workflow a teacher's development plan and a mentor's year plan share: the author drafts (or reworks a
/// returned record) and submits it, a reviewer agrees it or returns it with a comment, and nobody reviews their own record.
/// Each record keeps its own status (<see cref="DevelopmentPlanStatus"/>), versions and reviews; only the transitions and the
/// separation of duties live here, each module passing its own error codes.
/// </summary>
public static class AgreementWorkflow
{
    /// <summary>The author may change the wording: a draft, or a record returned for rework.</summary>
    public static bool IsEditable(DevelopmentPlanStatus status) => status is DevelopmentPlanStatus.Draft or DevelopmentPlanStatus.Returned;

    /// <summary>Agreed and being carried out: only progress changes (each change a version).</summary>
    public static bool IsUnderWay(DevelopmentPlanStatus status)
        => status is DevelopmentPlanStatus.Agreed or DevelopmentPlanStatus.InProgress;

    /// <summary>Draft or returned → submitted.</summary>
    public static DevelopmentPlanStatus Submit(DevelopmentPlanStatus status, string wrongStatusCode) =>
        IsEditable(status) ? DevelopmentPlanStatus.Submitted : throw new ConflictException(wrongStatusCode);

    /// <summary>Submitted → returned for rework.</summary>
    public static DevelopmentPlanStatus Return(DevelopmentPlanStatus status, string wrongStatusCode) =>
        status == DevelopmentPlanStatus.Submitted ? DevelopmentPlanStatus.Returned : throw new ConflictException(wrongStatusCode);

    /// <summary>Submitted → agreed.</summary>
    public static DevelopmentPlanStatus Agree(DevelopmentPlanStatus status, string wrongStatusCode) =>
        status == DevelopmentPlanStatus.Submitted ? DevelopmentPlanStatus.Agreed : throw new ConflictException(wrongStatusCode);

    /// <summary>Separation of duties: the author of a record (its teacher, its mentor) never agrees or returns it (403 with the module's
    /// code).</summary>
    public static void EnsureNotOwn(Guid authorStaffId, Guid? reviewerStaffId, string ownRecordCode)
    {
        if (reviewerStaffId == authorStaffId) throw new ForbiddenException(ownRecordCode);
    }
}
