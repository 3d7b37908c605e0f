using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Documents;

/// <summary>
/// A school's own copy of a document template (Liquid producing document markup) in one language. Without one, the
/// template shipped with the product is used; deleting the copy goes back to it.
/// </summary>
public sealed class DocumentTemplate : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public string Culture { get; private set; } = null!;
    public string Content { get; private set; } = null!;

    private DocumentTemplate() { }

    public DocumentTemplate(string name, string culture, string content) : base(Guid.CreateVersion7())
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), DocumentTemplateConsts.MaxNameLength);
        Culture = Check.NotNullOrWhiteSpace(culture, nameof(Culture), DocumentTemplateConsts.MaxCultureLength);
        SetContent(content);
    }

    public void SetContent(string content) =>
        Content = Check.NotNullOrWhiteSpace(content, nameof(Content), DocumentTemplateConsts.MaxContentLength);
}
