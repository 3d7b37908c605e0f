using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Data;

public static class SearchQueryExtensions
{
    private static readonly System.Reflection.MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>
    /// Keeps the rows whose search column (written with <see cref="SearchText"/>) contains the term, ignoring case in every
    /// alphabet and ё/е; no term keeps every row. One LIKE on both providers (PostgreSQL serves it from a trigram index).
    /// </summary>
    public static IQueryable<T> WhereSearchMatches<T>(this IQueryable<T> query, Expression<Func<T, string>> column, string? term)
    {
        var pattern = SearchText.ContainsPattern(term);
        if (pattern is null) return query;
        // The pattern goes through a closure so that it is sent as a parameter, not inlined into the SQL text.
        var holder = new PatternHolder(pattern);
        var like = Expression.Call(LikeMethod, Expression.Constant(EF.Functions), column.Body,
            Expression.Property(Expression.Constant(holder), nameof(PatternHolder.Pattern)), Expression.Constant(@"\"));
        return query.Where(Expression.Lambda<Func<T, bool>>(like, column.Parameters));
    }

    private sealed record PatternHolder(string Pattern);
}
