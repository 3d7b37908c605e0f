using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Emailing;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the change that caused it (an invitation, a
/// password reset), so a message is never lost when the mail server is down, and a background job sends it with retries.
/// <see cref="Model"/> is the template's data as JSON; it may hold a one-time link, so it is cleared once the message is sent.
/// </summary>
public sealed class OutboxEmail : AggregateRoot<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    public string To { get; private set; } = null!;
    /// <summary>The message kind (<see cref="EmailKinds"/>): names the template.</summary>
    public string Kind { get; private set; } = null!;
    public string Culture { get; private set; } = null!;
    public string? Model { get; private set; }
    public DateTime CreationTime { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>
    /// Set while one sender works on the message (a conditional update on the concurrency stamp claims it), so a job that
    /// runs twice or on two nodes never sends it twice; a sender that dies leaves the claim to expire and the message is retried.
    /// </summary>
    public DateTime? ClaimedUntil { get; private set; }

    private OutboxEmail() { }

    public OutboxEmail(Guid? tenantId, string to, string kind, string culture, string model, DateTime now) : base(Guid.CreateVersion7())
    {
        TenantId = tenantId;
        To = Check.NotNullOrWhiteSpace(to, nameof(To), OutboxEmailConsts.MaxToLength);
        Kind = Check.NotNullOrWhiteSpace(kind, nameof(Kind), OutboxEmailConsts.MaxKindLength);
        Culture = Check.NotNullOrWhiteSpace(culture, nameof(Culture), OutboxEmailConsts.MaxCultureLength);
        Model = model;
        CreationTime = now;
        NextAttemptAt = now;
    }

    public OutboxEmail MarkSent(DateTime now)
    {
        SentAt = now;
        Model = null;
        LastError = null;
        return this;
    }

    public OutboxEmail MarkFailed(string error, DateTime nextAttemptAt)
    {
        Attempts++;
        LastError = error.Length > OutboxEmailConsts.MaxErrorLength ? error[..OutboxEmailConsts.MaxErrorLength] : error;
        NextAttemptAt = nextAttemptAt;
        return this;
    }
}

public static class OutboxEmailConsts
{
    public const int MaxToLength = 256;
    public const int MaxKindLength = 64;
    public const int MaxCultureLength = 8;
    public const int MaxErrorLength = 1024;
    /// <summary>After this many failed attempts the message is given up (it stays with its LastError).</summary>
    public const int MaxAttempts = 10;
}

/// <summary>Kinds of e-mail the product sends; each has a template per language.</summary>
public static class EmailKinds
{
    /// <summary>Model: SchoolName, FullName, UserName, Link, ExpiresAt.</summary>
    public const string Invitation = "Invitation";
    /// <summary>Model: SchoolName, FullName, UserName, Link, ExpiresAt.</summary>
    public const string PasswordReset = "PasswordReset";
}
