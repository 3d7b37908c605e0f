namespace KemelSchoolPD.Attachments;

/// <summary>
/// The records files may belong to, whatever the caller may read: which owner records of a type exist in the current school
/// (deleted ones, soft deletes included, do not). The cleanup of orphaned files asks it; the database layer answers from its model.
/// </summary>
public interface IAttachmentOwners
{
    /// <summary>
    /// The ids of the existing records of <paramref name="ownerType"/> (a CLR type name), or null for a type the model does not know.
    /// </summary>
    IQueryable<Guid>? ExistingIds(string ownerType);
}
