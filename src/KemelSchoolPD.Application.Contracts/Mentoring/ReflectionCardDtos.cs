using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.Mentoring;

/// <summary>One question of a card in the reader's language, with the seed's Kazakh and the Russian side by side.</summary>
public sealed record ReflectionCardQuestionDto(
    string Key, ReflectionCardKind Kind, ReflectionCardBlock Block, int Number, string Text, string TextKk, string TextRu, bool HasScore,
    bool IsQuestionToAddressee);

/// <summary>A card's questions grouped by block, for the form.</summary>
public sealed record ReflectionCardFormDto(ReflectionCardKind Kind, string Title, IReadOnlyList<ReflectionCardQuestionDto> Questions);

public sealed record ReflectionCardAnswerDto(string Key, string? Text);

public sealed record StaffRefDto(Guid StaffMemberId, string FullName);

public sealed record ReflectionCardAbilities(bool CanEdit, bool CanShare);

public sealed record ReflectionCardListItemDto(
    Guid Id, ReflectionCardKind Kind, Guid TeacherStaffMemberId, string TeacherName, int AcademicYear,
    int? WeekYear, int? Week, DateOnly? WeekStart, int? Score, bool HasQuestion, bool QuestionAnswered,
    DateTime CreationTime, DateTime? LastModificationTime);

public sealed record ReflectionCardDto(
    Guid Id, ReflectionCardKind Kind, Guid TeacherStaffMemberId, string TeacherName, int AcademicYear, string AcademicYearLabel,
    int? WeekYear, int? Week, DateOnly? WeekStart, IReadOnlyList<ReflectionCardAnswerDto> Answers, int? Score,
    StaffRefDto? Addressee, CardQuestionAddressee? AddresseeKind, string? QuestionAnswer, DateTime? QuestionAnsweredAt,
    IReadOnlyList<StaffRefDto> SharedWith, ReflectionCardAbilities Abilities,
    DateTime CreationTime, DateTime? LastModificationTime, string ConcurrencyStamp);

/// <summary>A question a teacher asked the caller on her weekly card (the addressee reads the question, not the card).</summary>
public sealed record CardQuestionDto(
    Guid CardId, Guid TeacherStaffMemberId, string TeacherName, int? WeekYear, int? Week, DateOnly? WeekStart,
    CardQuestionAddressee? AddresseeKind, string Question, string? Answer, DateTime? AnsweredAt, DateTime AskedAt);

/// <summary>One point of the confidence chart: a week and its 0–10 score.</summary>
public sealed record ConfidencePointDto(int WeekYear, int Week, DateOnly WeekStart, int? Score, Guid CardId);

public sealed record ConfidenceSeriesDto(Guid TeacherStaffMemberId, string TeacherName, IReadOnlyList<ConfidencePointDto> Points);

/// <summary>Who the teacher may send her weekly question to: her active mentors and the deputies.</summary>
public sealed record CardAddresseeOptionDto(Guid StaffMemberId, string FullName, CardQuestionAddressee Kind);

public sealed class GetReflectionCardListInput : PagedInput
{
    public ReflectionCardKind? Kind { get; set; }

    /// <summary>One teacher's cards (one's own, a mentee's or shared ones); empty: every card the caller may read.</summary>
    public Guid? TeacherStaffMemberId { get; set; }

    [Range(AcademicYears.Min, AcademicYears.Max)]
    public int? AcademicYear { get; set; }
}

public class ReflectionCardContentInput
{
    [Required, MaxLength(11)]
    public List<ReflectionCardAnswerInput> Answers { get; set; } = [];

    [Range(ReflectionCardConsts.MinScore, ReflectionCardConsts.MaxScore)]
    public int? Score { get; set; }

    /// <summary>Who receives the question of Әрекет 2: the teacher's active mentor or a deputy.</summary>
    public Guid? AddresseeStaffMemberId { get; set; }
}

public sealed class ReflectionCardAnswerInput
{
    [Required, StringLength(8)]
    public string Key { get; set; } = null!;

    [StringLength(ReflectionCardConsts.MaxAnswerLength)]
    public string? Text { get; set; }
}

public sealed class CreateWeeklyCardDto : ReflectionCardContentInput
{
    /// <summary>The teacher whose card it is: only oneself (another's is refused with MentoringPlans:CardForSomeoneElse).</summary>
    public Guid? TeacherStaffMemberId { get; set; }

    /// <summary>The ISO week-numbering year and week; empty: the current week.</summary>
    [Range(AcademicYears.Min, AcademicYears.Max + 1)]
    public int? WeekYear { get; set; }

    [Range(1, 53)]
    public int? Week { get; set; }
}

public sealed class CreateYearEndCardDto : ReflectionCardContentInput
{
    public Guid? TeacherStaffMemberId { get; set; }

    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int AcademicYear { get; set; }
}

public sealed class UpdateReflectionCardDto : ReflectionCardContentInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ShareReflectionCardDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [Required, MaxLength(ReflectionCardConsts.MaxShares)]
    public List<Guid> StaffMemberIds { get; set; } = [];
}

public sealed class AnswerCardQuestionDto
{
    [Required, StringLength(ReflectionCardConsts.MaxQuestionAnswerLength)]
    public string Answer { get; set; } = null!;
}

public sealed record YearEndCampaignDto(
    Guid Id, int AcademicYear, string AcademicYearLabel, DateOnly Deadline, YearEndCampaignStatus Status,
    DateTime OpenedAt, DateTime? ClosedAt, int TeacherCount, int CardCount, bool HasMyCard, Guid? MyCardId, string ConcurrencyStamp);

public sealed class OpenYearEndCampaignDto
{
    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int AcademicYear { get; set; }

    [Required]
    public DateOnly Deadline { get; set; }
}

public sealed class YearEndCampaignActionDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    /// <summary>Reopening: the new deadline.</summary>
    public DateOnly? Deadline { get; set; }
}
