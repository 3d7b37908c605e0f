using System.Text.Json;
using KemelSchoolPD.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// The one place exceptions become answers: rule broken → 400, conflict or stale edit → 409, unknown id → 404,
/// malformed request → 400. Anything else is our bug: logged and answered 500 without internals.
/// </summary>
public sealed class KemelExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer localizer,
    ILogger<KemelExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InputValidationException e => Validation(context, e),
            EntityNotFoundException e => ProblemResults.Create(context, StatusCodes.Status404NotFound, e.Code),
            ForbiddenException e => ProblemResults.Create(context, StatusCodes.Status403Forbidden, e.Code),
            ConflictException e => ProblemResults.Create(context, StatusCodes.Status409Conflict, e.Code, e.Values),
            BusinessException e => ProblemResults.Create(context, StatusCodes.Status400BadRequest, e.Code, e.Values),
            DbUpdateConcurrencyException => ProblemResults.Create(
                context,
                StatusCodes.Status409Conflict,
                CommonErrorCodes.ConcurrencyConflict),
            DbUpdateException e when UniqueViolationCode(context, e) is { } code => ProblemResults.Create(
                context,
                StatusCodes.Status409Conflict,
                code),
            DbUpdateException { InnerException: PostgresException p } when IsUnstorableText(p) => ProblemResults.Create(
                context,
                StatusCodes.Status400BadRequest,
                CommonErrorCodes.InvalidRequest),
            PostgresException p when IsUnstorableText(p) => ProblemResults.Create(
                context,
                StatusCodes.Status400BadRequest,
                CommonErrorCodes.InvalidRequest),
            BadHttpRequestException e => ProblemResults.Create(context, e.StatusCode, ProblemResults.CodeForStatus(e.StatusCode)),
            JsonException => ProblemResults.Create(context, StatusCodes.Status400BadRequest, CommonErrorCodes.InvalidRequest),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = ProblemResults.Create(context, StatusCodes.Status500InternalServerError, CommonErrorCodes.InternalError);
        }
        if (exception is IHasProblemExtensions extended)
            foreach (var (key, value) in extended.ProblemExtensions) problem.Extensions[key] = value;

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(
            new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private ProblemDetails Validation(HttpContext context, InputValidationException e)
    {
        var problem = ProblemResults.Create(context, StatusCodes.Status400BadRequest, e.Code);
        problem.Extensions["errors"] = e.Errors
            .GroupBy(f => JsonNamingPolicy.CamelCase.ConvertName(f.Field))
            .ToDictionary(g => g.Key, g => g.Select(f => localizer[f.Code, f.Args.Select(a => a ?? "").ToArray()].Value).ToArray());
        problem.Extensions["fieldCodes"] = e.Errors
            .GroupBy(f => JsonNamingPolicy.CamelCase.ConvertName(f.Field))
            .ToDictionary(g => g.Key, g => g.Select(f => f.Code).ToArray());
        return problem;
    }

    /// <summary>PostgreSQL text cannot hold a NUL character ("\u0000" in JSON, "%00" in a query string): the client sent bad
    /// text.</summary>
    private static bool IsUnstorableText(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter;

    /// <summary>The code the violated unique index names (its rule's own message), or the generic duplicate code.</summary>
    private static string? UniqueViolationCode(HttpContext context, DbUpdateException e) =>
        EntityFrameworkCore.UniqueIndexes
            .FindViolatedCode(context.RequestServices.GetRequiredService<EntityFrameworkCore.KemelSchoolPDDbContext>(), e,
                CommonErrorCodes.DuplicateValue);
}
