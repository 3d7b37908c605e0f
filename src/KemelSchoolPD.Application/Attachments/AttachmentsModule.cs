using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Attachments;

public static class AttachmentsModule
{
    /// <summary>
    /// The kernel's file service; modules add their <see cref="IAttachmentOwnerRule"/> (and, if needed, <see cref="IAttachmentUse"/>).
    /// </summary>
    public static IServiceCollection AddAttachments(this IServiceCollection services, AttachmentOptions options)
    {
        services.AddSingleton(options);
        if (options.Store == AttachmentStoreKind.FileSystem) services.AddSingleton<IAttachmentStore, FileSystemAttachmentStore>();
        else services.AddScoped<IAttachmentStore, DatabaseAttachmentStore>();
        services.AddScoped<AttachmentAppService>();
        services.AddScoped<OrphanedAttachments>();
        services.AddScoped<RemoveOrphanedAttachmentsJob>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, AttachmentAuditReadRule>();
        return services;
    }
}
