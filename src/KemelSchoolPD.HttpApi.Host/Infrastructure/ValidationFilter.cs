using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Checks every DTO argument before the handler runs, at any depth: the DataAnnotations of nested objects and of the
/// elements of collections, null where the C# type says "not null" (a missing field, <c>[null]</c>, <c>[{}]</c>), enum values
/// that are not defined, and sizes nobody declared (a string or a list without a limit gets a default one, so a new field is
/// bounded without remembering to). Answers with field errors whose paths name the place ("content.items[3].text") and
/// whose codes are localization keys.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    /// <summary>For strings that declare no length; longer texts must say so with [StringLength].</summary>
    public const int DefaultMaxStringLength = 20_000;

    /// <summary>For collections that declare no count.</summary>
    public const int DefaultMaxItems = 10_000;

    private const int MaxDepth = 12;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new List<FieldError>();
        foreach (var argument in context.Arguments)
            if (argument is not null && IsDto(argument.GetType())) ValidateObject(argument, "", errors, 0);
        if (errors.Count > 0) throw new InputValidationException(errors);
        return next(context);
    }

    /// <summary>Input types follow the naming convention *Dto / *Input (services and the DbContext are arguments too).</summary>
    private static bool IsDto(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("KemelSchoolPD", StringComparison.Ordinal) == true
        && (type.Name.EndsWith("Dto", StringComparison.Ordinal) || type.Name.EndsWith("Input", StringComparison.Ordinal));

    /// <summary>Our own types inside a DTO (content, rows, scores...) are checked like the DTO itself.</summary>
    private static bool IsOwnType(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("KemelSchoolPD", StringComparison.Ordinal) == true;

    private static void ValidateObject(object dto, string path, List<FieldError> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            errors.Add(new FieldError(path.Length == 0 ? "body" : path, ValidationCodes.Invalid));
            return;
        }
        foreach (var member in Members.GetOrAdd(dto.GetType(), Describe))
        {
            var value = member.Property.GetValue(dto);
            var field = path.Length == 0 ? member.JsonName : $"{path}.{member.JsonName}";
            var before = errors.Count;
            ValidateAttributes(dto, member, value, field, errors);
            if (errors.Count > before) continue;
            ValidateValue(value, member.NotNull, member.HasLengthLimit, member.HasCountLimit, member.ElementNotNull, field, errors, depth);
        }
    }

    private static void ValidateAttributes(object dto, Member member, object? value, string field, List<FieldError> errors)
    {
        var context = new ValidationContext(dto) { MemberName = member.Property.Name };
        foreach (var attribute in member.Attributes)
        {
            if (attribute.GetValidationResult(value, context) == ValidationResult.Success) continue;
            errors.Add(ToError(field, attribute));
            return;
        }
    }

    private static void ValidateValue(
        object? value,
        bool notNull,
        bool hasLengthLimit,
        bool hasCountLimit,
        bool elementNotNull,
        string field,
        List<FieldError> errors,
        int depth)
    {
        switch (value)
        {
            case null when notNull:
                errors.Add(new FieldError(field, ValidationCodes.Required));
                break;
            case null:
                break;
            case string text when !hasLengthLimit && text.Length > DefaultMaxStringLength:
                errors.Add(new FieldError(field, ValidationCodes.MaxLength, DefaultMaxStringLength));
                break;
            case string or JsonElement or System.Text.Json.Nodes.JsonNode:
                break;
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                errors.Add(new FieldError(field, ValidationCodes.Invalid));
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                    ValidateValue(entry.Value, false, false, false, false, $"{field}.{entry.Key}", errors, depth + 1);
                break;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (!hasCountLimit && index == DefaultMaxItems)
                    {
                        errors.Add(new FieldError(field, "Validation:MaxCount", DefaultMaxItems));
                        return;
                    }
                    ValidateValue(item, elementNotNull, false, false, true, $"{field}[{index++}]", errors, depth + 1);
                }
                break;
            default:
                if (IsOwnType(value.GetType())) ValidateObject(value, field, errors, depth + 1);
                break;
        }
    }

    private static Member[] Describe(Type type)
    {
        // One context per type described: NullabilityInfoContext caches in a plain Dictionary and is not thread-safe, and two
        // first requests of different DTOs at once corrupted the shared one (a 500 "an item with the same key").
        var context = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p =>
            {
                var nullability = context.Create(p);
                var attributes = p.GetCustomAttributes<ValidationAttribute>().ToArray();
                var element = nullability.ElementType ?? nullability.GenericTypeArguments.LastOrDefault();
                return new Member(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), attributes,
                    NotNull: !p.PropertyType.IsValueType && nullability.WriteState == NullabilityState.NotNull,
                    ElementNotNull: element is { ReadState: NullabilityState.NotNull } && !element.Type.IsValueType,
                    HasLengthLimit: attributes.Any(a => a is StringLengthAttribute or MaxLengthAttribute),
                    HasCountLimit: attributes.Any(a => a is MaxLengthAttribute));
            })
            .ToArray();
    }

    private sealed record Member(
        PropertyInfo Property,
        string JsonName,
        ValidationAttribute[] Attributes,
        bool NotNull,
        bool ElementNotNull,
        bool HasLengthLimit,
        bool HasCountLimit);

    private static FieldError ToError(string field, ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => new(field, ValidationCodes.Required),
        StringLengthAttribute s when s.MinimumLength > 0 => new(field, "Validation:StringLength", s.MinimumLength, s.MaximumLength),
        StringLengthAttribute s => new(field, ValidationCodes.MaxLength, s.MaximumLength),
        MaxLengthAttribute m => new(field, "Validation:MaxCount", m.Length),
        MinLengthAttribute m => new(field, "Validation:MinCount", m.Length),
        RangeAttribute r => new(field, ValidationCodes.Range, r.Minimum, r.Maximum),
        EmailAddressAttribute => new(field, ValidationCodes.Email),
        RegularExpressionAttribute => new(field, ValidationCodes.Pattern),
        _ => new(field, ValidationCodes.Invalid),
    };
}
