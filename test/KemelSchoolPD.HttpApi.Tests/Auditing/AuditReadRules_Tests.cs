using KemelSchoolPD.Auditing;
using KemelSchoolPD.Entities;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Auditing;

/// <summary>No audited record can reach the audit log without its module saying who may read it.</summary>
public sealed class AuditReadRules_Tests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public void Every_Audited_Type_Has_A_Read_Rule_Or_Is_Open_To_Auditors()
    {
        var audited = typeof(KemelSchoolPD.Staff.StaffMember).Assembly.GetTypes()
            .Where(t => typeof(IAuditedEntity).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.Name).ToList();
        using var scope = host.Services.CreateScope();
        var ruled = scope.ServiceProvider.GetServices<IAuditedRecordReadRule>().Select(r => r.EntityType).ToList();

        audited.ShouldNotBeEmpty();
        ruled.ShouldBeUnique();
        audited.Where(t => !ruled.Contains(t) && !AuditedRecordReadRules.OpenToAuditors.Contains(t)).ShouldBeEmpty();
        ruled.Intersect(AuditedRecordReadRules.OpenToAuditors).ShouldBeEmpty();
        ruled.ShouldBeSubsetOf(audited);
    }
}
