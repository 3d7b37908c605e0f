using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StaffKeyedWithSchool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DevelopmentPlans_Schools_TenantId",
                table: "DevelopmentPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_MentorStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_TeacherStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_RouteSheets_Schools_TenantId",
                table: "RouteSheets");

            migrationBuilder.DropForeignKey(
                name: "FK_RouteSheets_StaffMembers_ReviewerStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropForeignKey(
                name: "FK_RouteSheets_StaffMembers_TeacherStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropIndex(
                name: "IX_RouteSheets_ReviewerStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropIndex(
                name: "IX_RouteSheets_TeacherStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_MentorStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentPlans_TeacherStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.AddUniqueConstraint(
                name: "AK_StaffMembers_TenantId_Id",
                table: "StaffMembers",
                columns: new[] { "TenantId", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "MentorStaffMemberId" },
                principalTable: "StaffMembers",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_TenantId_TeacherStaffMemberId",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "TeacherStaffMemberId" },
                principalTable: "StaffMembers",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RouteSheets_StaffMembers_TenantId_ReviewerStaffMemberId",
                table: "RouteSheets",
                columns: new[] { "TenantId", "ReviewerStaffMemberId" },
                principalTable: "StaffMembers",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RouteSheets_StaffMembers_TenantId_TeacherStaffMemberId",
                table: "RouteSheets",
                columns: new[] { "TenantId", "TeacherStaffMemberId" },
                principalTable: "StaffMembers",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_TenantId_TeacherStaffMemberId",
                table: "DevelopmentPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_RouteSheets_StaffMembers_TenantId_ReviewerStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropForeignKey(
                name: "FK_RouteSheets_StaffMembers_TenantId_TeacherStaffMemberId",
                table: "RouteSheets");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_StaffMembers_TenantId_Id",
                table: "StaffMembers");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_ReviewerStaffMemberId",
                table: "RouteSheets",
                column: "ReviewerStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TeacherStaffMemberId",
                table: "RouteSheets",
                column: "TeacherStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_MentorStaffMemberId",
                table: "DevelopmentPlans",
                column: "MentorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TeacherStaffMemberId",
                table: "DevelopmentPlans",
                column: "TeacherStaffMemberId");

            migrationBuilder.AddForeignKey(
                name: "FK_DevelopmentPlans_Schools_TenantId",
                table: "DevelopmentPlans",
                column: "TenantId",
                principalTable: "Schools",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_MentorStaffMemberId",
                table: "DevelopmentPlans",
                column: "MentorStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DevelopmentPlans_StaffMembers_TeacherStaffMemberId",
                table: "DevelopmentPlans",
                column: "TeacherStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RouteSheets_Schools_TenantId",
                table: "RouteSheets",
                column: "TenantId",
                principalTable: "Schools",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RouteSheets_StaffMembers_ReviewerStaffMemberId",
                table: "RouteSheets",
                column: "ReviewerStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RouteSheets_StaffMembers_TeacherStaffMemberId",
                table: "RouteSheets",
                column: "TeacherStaffMemberId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
