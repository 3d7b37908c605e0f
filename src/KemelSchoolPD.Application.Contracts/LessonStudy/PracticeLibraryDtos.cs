using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.LessonStudy;

namespace KemelSchoolPD.PracticeLibrary;

/// <summary>An item of the library of practice (never anything about a pupil). <see cref="SchoolName"/> is set in the shared
/// catalogue.</summary>
public sealed record PracticeLibraryItemDto(
    Guid Id, PracticeSourceKind SourceKind, Guid SourceId, string Title, string? Subject, int? Grade, int AcademicYear, string Context,
    string ResearchQuestion, string Method, string Conclusions, string ChangesInPractice, string Authors,
    DateTime PublishedAt, bool SharedWithAllSchools, string? SchoolName);

/// <summary>
/// A row of the library. <see cref="SourceId"/> is the Lesson Study group or action research project that published it;
/// <see cref="CanUnpublish"/> says whether the caller may take it out (its publisher or the library's keeper, in the caller's school).
/// </summary>
public sealed record PracticeLibraryListItemDto(
    Guid Id, PracticeSourceKind SourceKind, string Title, string? Subject, int? Grade, int AcademicYear, string ResearchQuestion,
    string Authors, DateTime PublishedAt, bool SharedWithAllSchools, string? SchoolName, Guid SourceId, bool CanUnpublish);

public sealed class GetPracticeLibraryListInput : PagedInput
{
    /// <summary>Part of the title (theme), the research question or the context.</summary>
    [StringLength(LessonStudyConsts.MaxThemeLength)]
    public string? Filter { get; set; }

    [StringLength(LessonStudyConsts.MaxSubjectLength)]
    public string? Subject { get; set; }

    [Range(LessonStudyConsts.MinGrade, LessonStudyConsts.MaxGrade)]
    public int? Grade { get; set; }

    public PracticeSourceKind? SourceKind { get; set; }
}
