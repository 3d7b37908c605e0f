using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Localization;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// A Lesson Study group (seed 004 P3, §8.2): teachers of the school who plan a research lesson together, teach and observe it,
/// discuss it and re-teach it, round after round (<see cref="ResearchLesson"/>). A facilitator of category сарапшы (expert) or
/// above leads it (seed 004 L10432–10438, L9959–9968); a knowledgeable other from outside the school is a name and an
/// organisation, with no account. Every member gives their own consent before the group's report goes to the library of practice.
/// </summary>
public sealed class LessonStudyGroup : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who reads a group and its rounds: with ViewAll (director, deputies) every group of the school; otherwise its
    /// members.</summary>
    public static Expression<Func<LessonStudyGroup, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return g => viewAll || (staffId != null && g.Members.Any(m => m.StaffMemberId == me));
    }

    /// <summary>The least category that leads a group: педагог-сарапшы.</summary>
    public const QualificationCategory LeadCategory = QualificationCategory.Expert;

    private readonly List<LessonStudyMember> _members = [];

    public Guid TenantId { get; private set; }
    public string Theme { get; private set; } = null!;
    public string ResearchQuestion { get; private set; } = null!;
    public string? Subject { get; private set; }
    public int? Grade { get; private set; }
    public int AcademicYear { get; private set; }
    public LessonStudyGroupOrigin Origin { get; private set; }
    public Guid? MethodologicalAssociationId { get; private set; }
    public Guid FacilitatorStaffMemberId { get; private set; }
    public string? KnowledgeableOtherName { get; private set; }
    public string? KnowledgeableOtherOrganisation { get; private set; }
    /// <summary>When the facilitator asked the members for their consent to publish the report.</summary>
    public DateTime? ConsentRequestedAt { get; private set; }
    public Guid? LibraryItemId { get; private set; }
    public string SearchText { get; private set; } = "";

    public IReadOnlyCollection<LessonStudyMember> Members => _members.AsReadOnly();

    private LessonStudyGroup() { }

    public LessonStudyGroup(Guid id, LessonStudyGroupData data, IReadOnlyDictionary<Guid, QualificationCategory> members) : base(id)
        => Update(data, members);

    public bool IsMember(Guid? staffId) => staffId is { } id && _members.Any(m => m.StaffMemberId == id);

    public bool IsFacilitator(Guid? staffId) => staffId is { } id && id == FacilitatorStaffMemberId;

    public LessonStudyGroup EnsureMember(Guid? staffId)
    {
        if (!IsMember(staffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.NotAMember);
        return this;
    }

    /// <summary>
    /// The group's description and its members (each with their category, read by the application from the school's staff):
    /// the facilitator is one of the members and is сарапшы or above. A member who stays keeps their consent; one who leaves takes it.
    /// </summary>
    public LessonStudyGroup Update(LessonStudyGroupData data, IReadOnlyDictionary<Guid, QualificationCategory> members)
    {
        Theme = Check.NotNullOrWhiteSpace(data.Theme, nameof(Theme), LessonStudyConsts.MaxThemeLength);
        ResearchQuestion = Check.NotNullOrWhiteSpace(data.ResearchQuestion, nameof(ResearchQuestion), LessonStudyConsts.MaxQuestionLength);
        Subject = Check.NullIfEmpty(data.Subject, nameof(Subject), LessonStudyConsts.MaxSubjectLength);
        Grade = data.Grade is { } grade ? Check.Range(grade, nameof(Grade), LessonStudyConsts.MinGrade, LessonStudyConsts.MaxGrade) : null;
        AcademicYear = Check.Range(data.AcademicYear, nameof(AcademicYear), 2000, 2100);
        Origin = Check.Defined(data.Origin, nameof(Origin));
        MethodologicalAssociationId = data.Origin == LessonStudyGroupOrigin.Association ? data.MethodologicalAssociationId : null;
        KnowledgeableOtherName = Check.NullIfEmpty(
            data.KnowledgeableOtherName,
            nameof(KnowledgeableOtherName),
            LessonStudyConsts.MaxNameLength);
        KnowledgeableOtherOrganisation = KnowledgeableOtherName is null ? null
            : Check.NullIfEmpty(
                data.KnowledgeableOtherOrganisation,
                nameof(KnowledgeableOtherOrganisation),
                LessonStudyConsts.MaxOrganisationLength);
        if (members.Count is 0 or > LessonStudyConsts.MaxMembers)
            throw new InputValidationException("MemberStaffMemberIds", ValidationCodes.Range, 1, LessonStudyConsts.MaxMembers);
        if (!members.TryGetValue(data.FacilitatorStaffMemberId, out var category))
            throw new BusinessException(KemelSchoolPDErrorCodes.LessonStudy.FacilitatorNotMember);
        if (category < LeadCategory)
            throw new BusinessException(KemelSchoolPDErrorCodes.LessonStudy.FacilitatorCategory).WithData(
                "Category",
                LocalizableValue.Enum(LeadCategory));
        FacilitatorStaffMemberId = data.FacilitatorStaffMemberId;
        _members.RemoveAll(m => !members.ContainsKey(m.StaffMemberId));
        foreach (var staffId in members.Keys.Where(id => _members.All(m => m.StaffMemberId != id)))
            _members.Add(new LessonStudyMember(Id, staffId));
        SearchText = KemelSchoolPD.SearchText.Of(Theme, ResearchQuestion, Subject);
        return this;
    }

    /// <summary>A member gives or withdraws their own consent to publishing the report and, separately, to sharing it with every
    /// school.</summary>
    public LessonStudyMember RecordConsent(Guid? staffId, bool publish, bool shareWithAllSchools, DateTime at)
    {
        EnsureMember(staffId);
        return _members.Single(m => m.StaffMemberId == staffId).Consent(publish, publish && shareWithAllSchools, at);
    }

    /// <summary>The facilitator asks every member for consent (each sees it in "my work").</summary>
    public LessonStudyGroup RequestConsent(Guid? staffId, DateTime at)
    {
        if (!IsFacilitator(staffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.NotFacilitator);
        ConsentRequestedAt ??= at;
        return this;
    }

    /// <summary>
    /// Publication to the library needs every member's consent (and, to share with all schools, every member's consent to that
    /// too); only the facilitator publishes.
    /// </summary>
    public void EnsureCanPublish(Guid? staffId, bool shareWithAllSchools)
    {
        if (!IsFacilitator(staffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.NotFacilitator);
        var missing = _members.Count(m => m.PublishConsentAt is null || (shareWithAllSchools && m.ShareConsentAt is null));
        if (missing > 0) throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.ConsentMissing).WithData("Count", missing);
    }

    public LessonStudyGroup MarkPublished(Guid libraryItemId)
    {
        LibraryItemId = libraryItemId;
        return this;
    }

    /// <summary>The report is taken back out of the library (409 when it is not there); the members' consents stay.</summary>
    public Guid Unpublish()
    {
        var itemId = LibraryItemId ?? throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.NotPublished);
        LibraryItemId = null;
        return itemId;
    }
}

/// <summary>What a group's form holds; the members are passed beside it with their categories.</summary>
public sealed record LessonStudyGroupData(
    string Theme, string ResearchQuestion, string? Subject, int? Grade, int AcademicYear, LessonStudyGroupOrigin Origin,
    Guid? MethodologicalAssociationId, Guid FacilitatorStaffMemberId,
    string? KnowledgeableOtherName, string? KnowledgeableOtherOrganisation);

/// <summary>A member of a group (a staff member of the school) and their consent to publishing the group's report.</summary>
public sealed class LessonStudyMember : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid StaffMemberId { get; private set; }
    public DateTime? PublishConsentAt { get; private set; }
    public DateTime? ShareConsentAt { get; private set; }

    private LessonStudyMember() { }

    internal LessonStudyMember(Guid groupId, Guid staffMemberId) : base(Guid.CreateVersion7())
    {
        GroupId = groupId;
        StaffMemberId = staffMemberId;
    }

    internal LessonStudyMember Consent(bool publish, bool share, DateTime at)
    {
        PublishConsentAt = publish ? PublishConsentAt ?? at : null;
        ShareConsentAt = share ? ShareConsentAt ?? at : null;
        return this;
    }
}
