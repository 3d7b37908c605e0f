using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.Staff;

public sealed record StaffMemberDto(
    Guid Id, string FullName, string Position, IReadOnlyList<string> Subjects, DateOnly HireDate,
    int TotalExperienceYears, int TeachingExperienceYears, QualificationCategory Category,
    DateOnly? CategoryAssignedOn, DateOnly? CategoryExpiresOn, bool IsYoungSpecialist,
    Guid? MethodologicalAssociationId, string? MethodologicalAssociationName, string? Email, string? Phone,
    Guid? UserId, bool IsArchived, string ConcurrencyStamp,
    bool HasNoActiveMentor, bool IsAdministration)
{
    // HasNoActiveMentor: a young specialist (not archived) without an active mentor pair; shown on the staff list.
    /// <summary>The person has a sign-in account (details: GET /api/app/users/{UserId}).</summary>
    public bool HasAccount => UserId is not null;
}

public sealed class GetStaffMemberListInput : PagedInput
{
    /// <summary>Part of the name, position, e-mail or phone.</summary>
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }

    public QualificationCategory? Category { get; set; }

    [StringLength(StaffMemberConsts.MaxSubjectLength)]
    public string? Subject { get; set; }

    public Guid? MethodologicalAssociationId { get; set; }

    public bool? IsYoungSpecialist { get; set; }

    /// <summary>true: the administration only; false: the teachers only.</summary>
    public bool? IsAdministration { get; set; }

    /// <summary>true: only young specialists without an active mentor pair (the director's to-do).</summary>
    public bool? WithoutMentor { get; set; }

    public bool? IncludeArchived { get; set; }

    /// <summary>fullName (default), hireDate, category, categoryExpiresOn; add " desc" to reverse.</summary>
    [StringLength(64)]
    public string? Sorting { get; set; }
}

public class CreateStaffMemberDto
{
    [Required, StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string FullName { get; set; } = null!;

    [Required, StringLength(StaffMemberConsts.MaxPositionLength)]
    public string Position { get; set; } = null!;

    [MaxLength(StaffMemberConsts.MaxSubjects)]
    public List<string> Subjects { get; set; } = [];

    [Required]
    public DateOnly? HireDate { get; set; }

    [Range(0, StaffMemberConsts.MaxExperienceYears)]
    public int TotalExperienceYears { get; set; }

    [Range(0, StaffMemberConsts.MaxExperienceYears)]
    public int TeachingExperienceYears { get; set; }

    [Required]
    public QualificationCategory? Category { get; set; }

    public DateOnly? CategoryAssignedOn { get; set; }

    public bool IsYoungSpecialist { get; set; }

    /// <summary>The director or a deputy: the indicators count teachers without them.</summary>
    public bool IsAdministration { get; set; }

    public Guid? MethodologicalAssociationId { get; set; }

    [EmailAddress, StringLength(StaffMemberConsts.MaxEmailLength)]
    public string? Email { get; set; }

    [StringLength(StaffMemberConsts.MaxPhoneLength)]
    public string? Phone { get; set; }
}

public sealed class UpdateStaffMemberDto : CreateStaffMemberDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed record StaffImportResultDto(int ImportedCount);

/// <summary>One problem in an imported file: 1-based row number as a spreadsheet shows it (the header is row 1).</summary>
public sealed record StaffImportRowError(int Row, string? Column, string Code, string Message);
