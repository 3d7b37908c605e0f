using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UniqueRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_TenantId_Email",
                table: "StaffMembers");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_TenantId_Email",
                table: "StaffMembers",
                columns: new[] { "TenantId", "Email" },
                unique: true,
                filter: "\"Email\" IS NOT NULL AND \"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologicalAssociations_TenantId_SearchText",
                table: "MethodologicalAssociations",
                columns: new[] { "TenantId", "SearchText" },
                unique: true,
                filter: "\"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_GrowthCycles_OneActive",
                table: "GrowthCycles",
                columns: new[] { "TenantId", "ParticipantStaffMemberId", "AcademicYear" },
                unique: true,
                filter: "\"Status\" = 1 AND \"IsDeleted\" = FALSE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_TenantId_Email",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_MethodologicalAssociations_TenantId_SearchText",
                table: "MethodologicalAssociations");

            migrationBuilder.DropIndex(
                name: "IX_GrowthCycles_OneActive",
                table: "GrowthCycles");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_TenantId_Email",
                table: "StaffMembers",
                columns: new[] { "TenantId", "Email" });
        }
    }
}
