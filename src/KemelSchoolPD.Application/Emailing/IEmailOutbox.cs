using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.Emailing;

/// <summary>
/// Queues e-mail in the caller's unit of work: the message is saved by the caller's SaveChanges, in the same transaction as
/// the change that caused it, and a background job sends it later.
/// </summary>
public interface IEmailOutbox
{
    /// <param name="kind">One of <see cref="EmailKinds"/>.</param>
    /// <param name="culture">kk, ru or en: the recipient's language.</param>
    /// <param name="model">The template's data; its public properties are readable in the template.</param>
    void Queue(string to, string kind, string culture, object model);
}

public sealed class DbEmailOutbox(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : IEmailOutbox
{
    public void Queue(string to, string kind, string culture, object model) =>
        db.OutboxEmails
            .Add(new OutboxEmail(currentTenant.Id, to, kind, culture, JsonSerializer.Serialize(model), clock.GetUtcNow().UtcDateTime));
}
