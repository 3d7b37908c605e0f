using KemelSchoolPD.Documents;

namespace KemelSchoolPD.Users.Documents;

/// <summary>One person's slip on the handout: cut along the lines and give each person theirs.</summary>
public sealed record AccountHandoutSlip(string FullName, string UserName, string Password);

/// <summary>
/// The printable sign-in slips for people who got a one-time password in a bulk request. It is made for that one answer and
/// never stored: the passwords exist in readable form nowhere else.
/// </summary>
public sealed class AccountHandoutDocument(IDocumentService documents, DocumentHeaderProvider headers, IAppPublicUrl publicUrl)
{
    public const string TemplateName = "AccountHandout";

    public async Task<GeneratedDocument> RenderAsync(
        string culture,
        IReadOnlyList<AccountHandoutSlip> slips,
        CancellationToken ct = default)
    {
        var header = await headers.GetAsync(DocumentTemplateRegistry.DocumentCulture(culture), ct);
        var model = new { Header = header, SignInUrl = publicUrl.BaseUrl.TrimEnd('/') + "/account/login", Slips = slips };
        return await documents.RenderDocxAsync(
            TemplateName,
            header.Culture,
            model,
            $"{header.Text("Users:Document.AccountHandout")} {header.Date}",
            ct);
    }
}
