using System.Net;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Mentoring;

internal static class MentoringTestKit
{
    /// <summary>A 400 whose field carries the code (domain rules are answered per field).</summary>
    public static async Task ShouldHaveFieldCodeAsync(this HttpResponseMessage response, string field, string code)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
        problem.GetProperty("fieldCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString()).ShouldContain(code);
    }

    /// <summary>
    /// An active pair mentor → mentee in the demo school (the mentoring pairs' own rules through <see cref="MentoringManager"/>),
    /// unless one exists already; a kind the mentee has no active pair of yet.
    /// </summary>
    public static async Task EnsurePairAsync(this KemelWebApplicationFactory host, Guid mentorStaffId, Guid menteeStaffId,
        params MentoringPairKind[] kinds)
    {
        var schoolId = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<KemelSchoolPD.MultiTenancy.ICurrentTenant>().Change(schoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var active = await db.MentoringPairs.Where(MentoringPair.Active).Where(p => p.MenteeStaffMemberId == menteeStaffId).ToListAsync();
        if (active.Any(p => p.MentorStaffMemberId == mentorStaffId)) return;
        // A guiding pair (mentor or tutor) unless the test asks for another kind: only those read what the mentee keeps for them.
        var kind = (kinds.Length > 0 ? kinds : [MentoringPairKind.Mentor, MentoringPairKind.Tutor]).First(
            k => active.All(p => p.Kind != k));
        var manager = scope.ServiceProvider.GetRequiredService<MentoringManager>();
        var pair = await manager.CreatePairAsync(
            new MentoringPairRequest(kind, mentorStaffId, menteeStaffId, new DateOnly(2026, 9, 1), null),
            new MentoringRules(100, 1, 7, true),
            null);
        db.MentoringPairs.Add(pair);
        await db.SaveChangesAsync();
    }
}
