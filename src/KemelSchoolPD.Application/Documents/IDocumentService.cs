namespace KemelSchoolPD.Documents;

/// <summary>
/// Turns a model into a Word document through a Liquid template (the school's own copy, else the product's default).
/// Every module that prints something goes through here.
/// </summary>
public interface IDocumentService
{
    /// <param name="culture">"kk" or "ru"; any other language gets the Russian template.</param>
    /// <param name="model">Any object; its public properties are readable in the template as written in C#.</param>
    Task<GeneratedDocument> RenderDocxAsync(
        string templateName,
        string culture,
        object model,
        string fileName,
        CancellationToken ct = default);
}

public sealed record GeneratedDocument(string FileName, byte[] Content)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
