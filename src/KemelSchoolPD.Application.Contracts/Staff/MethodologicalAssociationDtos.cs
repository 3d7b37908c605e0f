using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.Staff;

public sealed record MethodologicalAssociationListItemDto(
    Guid Id, string Name, string? Description, Guid? LeaderStaffMemberId, string? LeaderName, int MemberCount, string ConcurrencyStamp);

public sealed record MethodologicalAssociationDto(
    Guid Id, string Name, string? Description, Guid? LeaderStaffMemberId, string? LeaderName,
    IReadOnlyList<AssociationMemberDto> Members, string ConcurrencyStamp);

public sealed record AssociationMemberDto(Guid Id, string FullName, string Position, QualificationCategory Category);

public sealed class GetMethodologicalAssociationListInput : PagedInput
{
    [StringLength(MethodologicalAssociationConsts.MaxNameLength)]
    public string? Filter { get; set; }
}

public class CreateMethodologicalAssociationDto
{
    [Required, StringLength(MethodologicalAssociationConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(MethodologicalAssociationConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    public Guid? LeaderStaffMemberId { get; set; }
}

public sealed class UpdateMethodologicalAssociationDto : CreateMethodologicalAssociationDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class AddAssociationMembersDto
{
    [Required, MinLength(1), MaxLength(500)]
    public List<Guid> StaffMemberIds { get; set; } = [];
}
