using System.ComponentModel.DataAnnotations;

namespace KemelSchoolPD.Dtos;

public sealed record PagedResultDto<T>(long TotalCount, IReadOnlyList<T> Items);

/// <summary>Paging for list endpoints: at most 100 items a page so no list can bring a school's server down.</summary>
public class PagedInput
{
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 20;

    // Nullable so that query-string binding treats them as optional; read them through Skip and Take.
    [Range(0, int.MaxValue)]
    public int? SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int? MaxResultCount { get; set; }

    public int Skip() => SkipCount ?? 0;

    public int Take() => MaxResultCount ?? DefaultPageSize;
}

public static class PagingExtensions
{
    public static IQueryable<T> PageBy<T>(this IQueryable<T> query, PagedInput input) => query.Skip(input.Skip()).Take(input.Take());

    public static IQueryable<T> WhereIf<T>(
        this IQueryable<T> query,
        bool condition,
        System.Linq.Expressions.Expression<Func<T, bool>> predicate) =>
        condition ? query.Where(predicate) : query;
}
