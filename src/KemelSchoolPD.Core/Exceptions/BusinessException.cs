namespace KemelSchoolPD.Exceptions;

/// <summary>
/// A rule of the domain said no. <see cref="Code"/> ("Module:Reason") is stable for clients and is also the localization key;
/// <see cref="Data"/> values fill the message's {Name} placeholders. Answered as 400.
/// </summary>
public class BusinessException(string code, string? details = null) : Exception(details ?? code)
{
    public string Code { get; } = code;

    public IDictionary<string, object?> Values { get; } = new Dictionary<string, object?>();

    public BusinessException WithData(string name, object? value)
    {
        Values[name] = value;
        return this;
    }
}

/// <summary>The request is valid but clashes with the current state (a second active record, a wrong status). Answered as 409.</summary>
public class ConflictException(string code, string? details = null) : BusinessException(code, details);

/// <summary>Answered as 404, exactly like a record of another school: nothing reveals that it exists.</summary>
public class EntityNotFoundException(Type entityType, object? id = null)
    : BusinessException(CommonErrorCodes.EntityNotFound, $"{entityType.Name} {id} was not found.")
{
    public Type EntityType { get; } = entityType;
    public object? Id { get; } = id;
}

/// <summary>The user is signed in but lacks the right. Answered as 403.</summary>
public class ForbiddenException(string code = CommonErrorCodes.Forbidden) : BusinessException(code);

/// <summary>One or more fields are invalid. Answered as 400 with per-field messages.</summary>
public class InputValidationException(IReadOnlyList<FieldError> errors)
    : BusinessException(CommonErrorCodes.ValidationFailed, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Code}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public InputValidationException(string field, string code, params object?[] args) : this([new FieldError(field, code, args)]) { }
}

/// <summary>A field's error: <see cref="Code"/> is a localization key ("Validation:Required") formatted with <see cref="Args"/>.</summary>
public sealed record FieldError(string Field, string Code, params object?[] Args);

public static class CommonErrorCodes
{
    public const string EntityNotFound = "Common:EntityNotFound";
    public const string Forbidden = "Common:Forbidden";
    public const string Unauthorized = "Common:Unauthorized";
    public const string ValidationFailed = "Common:ValidationFailed";
    public const string InvalidRequest = "Common:InvalidRequest";
    public const string ConcurrencyConflict = "Common:ConcurrencyConflict";
    public const string DuplicateValue = "Common:DuplicateValue";
    public const string InternalError = "Common:InternalError";
    public const string RequestTooLarge = "Common:RequestTooLarge";
    public const string UriTooLong = "Common:UriTooLong";
    public const string HeadersTooLarge = "Common:HeadersTooLarge";
}

public static class ValidationCodes
{
    public const string Required = "Validation:Required";
    public const string MaxLength = "Validation:MaxLength";
    public const string Range = "Validation:Range";
    public const string Invalid = "Validation:Invalid";
    public const string Email = "Validation:Email";
    public const string Pattern = "Validation:Pattern";
}

/// <summary>An exception that adds members to its ProblemDetails answer (an import's per-row report, for example).</summary>
public interface IHasProblemExtensions
{
    IReadOnlyDictionary<string, object?> ProblemExtensions { get; }
}
