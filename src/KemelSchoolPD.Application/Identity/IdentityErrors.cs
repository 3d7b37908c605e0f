using KemelSchoolPD.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.Identity;

public static class IdentityErrors
{
    /// <summary>
    /// Turns Identity's errors (weak password, taken user name...) into field errors with stable codes "Identity:{Code}",
    /// so the client shows them beside the right field in the user's language.
    /// </summary>
    public static async Task ThrowIfFailed(
        this Task<IdentityResult> operation,
        string userNameField,
        string emailField,
        string passwordField)
    {
        var result = await operation;
        if (result.Succeeded) return;
        throw new InputValidationException(result.Errors.Select(e => new FieldError(FieldOf(e.Code), "Identity:" + e.Code)).ToList());

        string FieldOf(string code) =>
            code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
            : code.Contains("Email", StringComparison.Ordinal) ? emailField
            : userNameField;
    }
}
