using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.Notifications;

/// <summary>A notification in the reader's language, with the record it is about and where the web app shows it.</summary>
public sealed record NotificationDto(
    Guid Id,
    string Kind,
    string KindTitle,
    string Text,
    string? RecordType,
    Guid? RecordId,
    string? LinkPath,
    DateOnly? DueDate,
    DateTime CreationTime,
    bool IsRead);

public sealed record NotificationListDto(long TotalCount, int UnreadCount, IReadOnlyList<NotificationDto> Items);

public sealed class GetNotificationListInput : PagedInput
{
    public bool? UnreadOnly { get; set; }
}

public sealed record UnreadNotificationCountDto(int Count);

public sealed record MarkAllNotificationsReadResultDto(int Marked);

/// <summary>
/// One kind as the person receives it: in the app or not, and by e-mail (off, as it happens, or in the daily digest).
/// <see cref="IsCustom"/> is false while the school's default applies.
/// </summary>
public sealed record NotificationPreferenceDto(
    string Kind,
    string KindTitle,
    string Module,
    bool IsReminder,
    bool InApp,
    NotificationEmailMode Email,
    bool IsCustom,
    bool DefaultInApp,
    NotificationEmailMode DefaultEmail);

public sealed record NotificationPreferencesDto(IReadOnlyList<NotificationPreferenceDto> Items);

public sealed class NotificationPreferenceInput
{
    [Required, MaxLength(NotificationConsts.MaxKindLength)]
    public string Kind { get; set; } = null!;

    public bool InApp { get; set; }

    public NotificationEmailMode Email { get; set; } = NotificationEmailMode.Off;

    /// <summary>True: forget the person's choice (or the school's default) for this kind and follow the default again.</summary>
    public bool UseDefault { get; set; }
}

public sealed class UpdateNotificationPreferencesDto
{
    [Required, MaxLength(200)]
    public List<NotificationPreferenceInput> Items { get; set; } = [];
}
