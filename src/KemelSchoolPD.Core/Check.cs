using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD;

/// <summary>Guards used by aggregates; a failure is a field error the client sees beside the field.</summary>
public static class Check
{
    public static string NotNullOrWhiteSpace(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InputValidationException(field, ValidationCodes.Required);
        return Length(value.Trim(), field, maxLength)!;
    }

    public static string? Length(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength) throw new InputValidationException(field, ValidationCodes.MaxLength, maxLength);
        return value;
    }

    public static string? NullIfEmpty(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Length(value.Trim(), field, maxLength);

    public static T Range<T>(T value, string field, T min, T max) where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0
            || value.CompareTo(max) > 0) throw new InputValidationException(field, ValidationCodes.Range, min, max);
        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string field) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw new InputValidationException(field, ValidationCodes.Invalid);
        return value;
    }
}
