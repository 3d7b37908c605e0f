using Riok.Mapperly.Abstractions;

namespace KemelSchoolPD.Schools;

/// <summary>Compile-time mappings (Mapperly): every DTO member must be mapped, entity-only members are left out.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class SchoolMapper
{
    public static partial SchoolDto ToDto(this School school);

    public static partial SchoolProfileDto ToProfileDto(this School school);

    public static partial IQueryable<SchoolDto> ProjectToDto(this IQueryable<School> query);
}
