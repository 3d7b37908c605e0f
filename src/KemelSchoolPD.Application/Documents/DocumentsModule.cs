using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Documents;

/// <summary>The document kernel: Liquid templates per school (kk/ru), rendered to DOCX; each module registers its own templates.</summary>
public static class DocumentsModule
{
    /// <summary>Registers a template whose default files are embedded in the Application assembly (or the one given).</summary>
    public static IServiceCollection AddDocumentTemplate(
        this IServiceCollection services, string name, string displayNameKey, Assembly? assembly = null) =>
        services.AddSingleton(
            new DocumentTemplateDefinition(name, displayNameKey, assembly ?? typeof(DocumentTemplateDefinition).Assembly));

    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DocumentTemplateRegistry>();
        services.AddSingleton<LiquidDocumentRenderer>();
        services.AddScoped<IDocumentService, DocumentService>();
        services.AddScoped<DocumentHeaderProvider>();
        services.AddScoped<DocumentTemplateAppService>();
        return services;
    }
}
