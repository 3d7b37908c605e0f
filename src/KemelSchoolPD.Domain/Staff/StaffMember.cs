using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Staff;

/// <summary>A member of the school's teaching or administrative staff, as kept in the staff registry.</summary>
public sealed class StaffMember : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public string FullName { get; private set; } = null!;
    public string Position { get; private set; } = null!;
    public IReadOnlyList<string> Subjects { get; private set; } = [];
    public DateOnly HireDate { get; private set; }
    public int TotalExperienceYears { get; private set; }
    public int TeachingExperienceYears { get; private set; }
    public QualificationCategory Category { get; private set; }
    public DateOnly? CategoryAssignedOn { get; private set; }
    /// <summary>Five years after the assignment; attestation is due before then.</summary>
    public DateOnly? CategoryExpiresOn { get; private set; }
    public bool IsYoungSpecialist { get; private set; }
    /// <summary>A member of the school's administration (director, deputies): counted apart from the teachers in the indicators.</summary>
    public bool IsAdministration { get; private set; }
    public Guid? MethodologicalAssociationId { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    /// <summary>The sign-in account of this person, when they have one.</summary>
    public Guid? UserId { get; private set; }
    public bool IsArchived { get; private set; }
    /// <summary>Name, position, e-mail and phone as <see cref="KemelSchoolPD.SearchText"/> compares them.</summary>
    public string SearchText { get; private set; } = "";

    private StaffMember() { }

    public StaffMember(Guid id, StaffMemberData data) : base(id) => Apply(data);

    public StaffMember Update(StaffMemberData data)
    {
        EnsureNotArchived();
        return Apply(data);
    }

    public StaffMember JoinAssociation(Guid? associationId)
    {
        EnsureNotArchived();
        MethodologicalAssociationId = associationId;
        return this;
    }

    public StaffMember LinkUser(Guid? userId)
    {
        UserId = userId;
        return this;
    }

    /// <summary>The person's own e-mail and phone, changed from their profile (the rest of the record is the registry's).</summary>
    public StaffMember SetContacts(string? email, string? phone)
    {
        EnsureNotArchived();
        Email = Check.NullIfEmpty(email, nameof(Email), StaffMemberConsts.MaxEmailLength)?.ToLowerInvariant();
        Phone = Check.NullIfEmpty(phone, nameof(Phone), StaffMemberConsts.MaxPhoneLength);
        return this;
    }

    public StaffMember Archive()
    {
        if (IsArchived) throw new ConflictException(KemelSchoolPDErrorCodes.Staff.AlreadyArchived);
        IsArchived = true;
        MethodologicalAssociationId = null;
        return this;
    }

    public StaffMember Restore()
    {
        if (!IsArchived) throw new ConflictException(KemelSchoolPDErrorCodes.Staff.NotArchived);
        IsArchived = false;
        return this;
    }

    private StaffMember Apply(StaffMemberData data)
    {
        FullName = Check.NotNullOrWhiteSpace(data.FullName, nameof(FullName), StaffMemberConsts.MaxFullNameLength);
        Position = Check.NotNullOrWhiteSpace(data.Position, nameof(Position), StaffMemberConsts.MaxPositionLength);
        Subjects = NormalizeSubjects(data.Subjects);
        HireDate = data.HireDate;
        TotalExperienceYears = Check.Range(
            data.TotalExperienceYears,
            nameof(TotalExperienceYears),
            0,
            StaffMemberConsts.MaxExperienceYears);
        TeachingExperienceYears = Check.Range(
            data.TeachingExperienceYears,
            nameof(TeachingExperienceYears),
            0,
            StaffMemberConsts.MaxExperienceYears);
        if (TeachingExperienceYears > TotalExperienceYears)
            throw new InputValidationException(nameof(TeachingExperienceYears), KemelSchoolPDErrorCodes.Staff.TeachingExceedsTotal);
        SetCategory(data.Category, data.CategoryAssignedOn);
        IsYoungSpecialist = data.IsYoungSpecialist;
        IsAdministration = data.IsAdministration;
        MethodologicalAssociationId = data.MethodologicalAssociationId;
        Email = Check.NullIfEmpty(data.Email, nameof(Email), StaffMemberConsts.MaxEmailLength)?.ToLowerInvariant();
        Phone = Check.NullIfEmpty(data.Phone, nameof(Phone), StaffMemberConsts.MaxPhoneLength);
        return RefreshSearchText();
    }

    /// <summary>Rewrites the search column from the fields (also used to fill rows written before the column existed).</summary>
    public StaffMember RefreshSearchText()
    {
        SearchText = KemelSchoolPD.SearchText.Of(FullName, Position, Email, Phone);
        return this;
    }

    private void SetCategory(QualificationCategory category, DateOnly? assignedOn)
    {
        Category = Check.Defined(category, nameof(Category));
        // Every category above the entry level is earned by attestation on a date; the entry level may have none.
        if (category > QualificationCategory.Pedagogue && assignedOn is null)
            throw new InputValidationException(nameof(CategoryAssignedOn), KemelSchoolPDErrorCodes.Staff.CategoryDateRequired);
        // A date so late that its expiry is past the calendar's end is no real date (and would throw below).
        if (assignedOn > DateOnly.MaxValue.AddYears(-StaffMemberConsts.CategoryValidityYears))
            throw new InputValidationException(nameof(CategoryAssignedOn), ValidationCodes.Invalid);
        CategoryAssignedOn = assignedOn;
        CategoryExpiresOn = assignedOn?.AddYears(StaffMemberConsts.CategoryValidityYears);
    }

    private static List<string> NormalizeSubjects(IEnumerable<string>? subjects)
    {
        var list = (subjects ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (list.Count > StaffMemberConsts
            .MaxSubjects) throw new InputValidationException(nameof(Subjects), ValidationCodes.Range, 0, StaffMemberConsts.MaxSubjects);
        foreach (var subject in list) Check.Length(subject, nameof(Subjects), StaffMemberConsts.MaxSubjectLength);
        return list;
    }

    private void EnsureNotArchived()
    {
        if (IsArchived) throw new ConflictException(KemelSchoolPDErrorCodes.Staff.ArchivedCannotBeChanged);
    }
}

/// <summary>The editable facts of a staff member, shared by create, update and import.</summary>
public sealed record StaffMemberData(
    string FullName,
    string Position,
    IReadOnlyList<string>? Subjects,
    DateOnly HireDate,
    int TotalExperienceYears,
    int TeachingExperienceYears,
    QualificationCategory Category,
    DateOnly? CategoryAssignedOn,
    bool IsYoungSpecialist,
    Guid? MethodologicalAssociationId,
    string? Email,
    string? Phone,
    bool IsAdministration = false);
