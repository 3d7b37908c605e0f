using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class YearFirstUniqueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RouteSheets_TenantId_TeacherStaffMemberId_AcademicYear",
                table: "RouteSheets");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_TenantId_TeacherStaffMemberId_AcademicYear",
                table: "DevelopmentPlans");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TenantId_AcademicYear_TeacherStaffMemberId",
                table: "RouteSheets",
                columns: new[] { "TenantId", "AcademicYear", "TeacherStaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_AcademicYear_TeacherStaffMemberId",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "AcademicYear", "TeacherStaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "MentorStaffMemberId" },
                filter: "\"MentorStaffMemberId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RouteSheets_TenantId_AcademicYear_TeacherStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_TenantId_AcademicYear_TeacherStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TenantId_TeacherStaffMemberId_AcademicYear",
                table: "RouteSheets",
                columns: new[] { "TenantId", "TeacherStaffMemberId", "AcademicYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "MentorStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_TeacherStaffMemberId_AcademicYear",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "TeacherStaffMemberId", "AcademicYear" },
                unique: true);
        }
    }
}
