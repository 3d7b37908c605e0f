using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Checks the DataAnnotations of every DTO argument before the handler runs and answers
/// with field errors whose codes are localization keys. Enum values must be defined ones.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new List<FieldError>();
        foreach (var argument in context.Arguments)
            if (argument is not null && IsDto(argument.GetType())) Validate(argument, errors);
        if (errors.Count > 0) throw new InputValidationException(errors);
        return next(context);
    }

    /// <summary>Input types follow the naming convention *Dto / *Input (services and the DbContext are arguments too).</summary>
    private static bool IsDto(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("KemelSchoolPD", StringComparison.Ordinal) == true
        && (type.Name.EndsWith("Dto", StringComparison.Ordinal) || type.Name.EndsWith("Input", StringComparison.Ordinal));

    private static void Validate(object dto, List<FieldError> errors)
    {
        foreach (var property in Properties.GetOrAdd(dto.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            var value = property.GetValue(dto);
            var context = new ValidationContext(dto) { MemberName = property.Name };
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.GetValidationResult(value, context) == ValidationResult.Success) continue;
                errors.Add(ToError(property.Name, attribute));
                break;
            }
            if (!AreEnumsDefined(value)) errors.Add(new FieldError(property.Name, ValidationCodes.Invalid));
        }
    }

    private static bool AreEnumsDefined(object? value) => value switch
    {
        Enum e => Enum.IsDefined(e.GetType(), e),
        IEnumerable items and not string => items.Cast<object?>().All(i => i is not Enum e || Enum.IsDefined(e.GetType(), e)),
        _ => true,
    };

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
