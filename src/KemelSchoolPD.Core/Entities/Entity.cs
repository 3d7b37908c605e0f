namespace KemelSchoolPD.Entities;

/// <summary>Base of every persisted type. Ids are assigned by the constructor (Guid v7), never by the database.</summary>
public abstract class Entity<TKey>
{
    public TKey Id { get; protected set; } = default!;

    protected Entity() { }

    protected Entity(TKey id) => Id = id;
}

/// <summary>A consistency boundary. Carries the concurrency stamp the interceptor renews on every change.</summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
{
    public string ConcurrencyStamp { get; protected set; } = Guid.NewGuid().ToString("N");

    protected AggregateRoot() { }

    protected AggregateRoot(TKey id) : base(id) { }
}

public abstract class AuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IAuditedObject
{
    public DateTime CreationTime { get; protected set; }
    public Guid? CreatorId { get; protected set; }
    public DateTime? LastModificationTime { get; protected set; }
    public Guid? LastModifierId { get; protected set; }

    protected AuditedAggregateRoot() { }

    protected AuditedAggregateRoot(TKey id) : base(id) { }
}

/// <summary>Audited and soft-deleted: a delete only marks the row, nothing a school typed is ever lost.</summary>
public abstract class FullAuditedAggregateRoot<TKey> : AuditedAggregateRoot<TKey>, ISoftDelete
{
    public bool IsDeleted { get; protected set; }
    public DateTime? DeletionTime { get; protected set; }
    public Guid? DeleterId { get; protected set; }

    protected FullAuditedAggregateRoot() { }

    protected FullAuditedAggregateRoot(TKey id) : base(id) { }
}
