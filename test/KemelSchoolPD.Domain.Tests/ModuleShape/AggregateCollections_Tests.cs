using System.Collections;
using KemelSchoolPD.Entities;
using KemelSchoolPD.GrowthCycles;

namespace KemelSchoolPD.Domain.Tests.ModuleShape;

/// <summary>Issue 12, one module shape: entities show their collections read-only; only their own methods change them.</summary>
public sealed class AggregateCollections_Tests
{
    private static readonly string[] Modules = ["GrowthCycles", "DevelopmentPlans", "RouteSheets", "LessonObservations"];

    [Fact]
    public void Should_Expose_No_Mutable_Collection_On_An_Entity_Of_The_Modules()
    {
        var entities = typeof(GrowthCycle).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && IsEntity(t) && Modules.Any(m => t.Namespace == $"KemelSchoolPD.{m}"))
            .ToList();
        entities.ShouldContain(typeof(GrowthCycle));
        var mutable = entities.SelectMany(t => t.GetProperties().Where(p => p.PropertyType != typeof(string)
                && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && !IsReadOnlyInterface(p.PropertyType))
            .Select(p => $"{t.Name}.{p.Name}: {p.PropertyType.Name}")).ToList();
        mutable.ShouldBeEmpty();
    }

    private static bool IsEntity(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Entity<>)) return true;
        return false;
    }

    private static bool IsReadOnlyInterface(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IReadOnlyList<>) || d == typeof(IReadOnlyCollection<>));
}
