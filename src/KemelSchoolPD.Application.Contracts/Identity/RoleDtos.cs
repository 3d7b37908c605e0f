using System.ComponentModel.DataAnnotations;

namespace KemelSchoolPD.Identity;

public sealed record RoleDto(Guid Id, string Name, bool IsStatic, int UserCount);

public sealed record PermissionGrantDto(string Name, string? Parent, string DisplayName, bool IsGranted);

public sealed class UpdateRolePermissionsDto
{
    [Required, MaxLength(200)]
    public List<string> GrantedPermissions { get; set; } = [];
}
