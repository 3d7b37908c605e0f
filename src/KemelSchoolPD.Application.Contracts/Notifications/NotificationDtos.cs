namespace KemelSchoolPD.Notifications;

public sealed record NotificationDto(Guid Id, string Code, string Text, DateTime CreationTime, bool IsRead);

public sealed record NotificationListDto(long TotalCount, int UnreadCount, IReadOnlyList<NotificationDto> Items);
