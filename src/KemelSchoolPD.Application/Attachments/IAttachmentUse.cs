namespace KemelSchoolPD.Attachments;

/// <summary>
/// A module's rule for which files its records use, for an owner type whose contents name their files one by one (a development
/// plan's evidence). Registered next to the type's <see cref="IAttachmentOwnerRule"/> in the module's <c>Add{Module}()</c>. The
/// daily cleanup (<see cref="OrphanedAttachments"/>) then also removes a file of a live record that the record does not use (one
/// uploaded for evidence that was never saved), once the grace period is over. Without such a rule a record uses all its files.
/// </summary>
public interface IAttachmentUse
{
    /// <summary>The owner records' CLR type name, as in <see cref="IAttachmentOwnerRule.OwnerType"/>.</summary>
    string OwnerType { get; }

    /// <summary>
    /// The ids of the files these records use: named by their contents or by any kept earlier state of them that a reader may still
    /// open (a version in the history). Asked with at most <see cref="OrphanedAttachments.BatchSize"/> records at a time.
    /// </summary>
    Task<IReadOnlySet<Guid>> UsedAsync(IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default);
}
