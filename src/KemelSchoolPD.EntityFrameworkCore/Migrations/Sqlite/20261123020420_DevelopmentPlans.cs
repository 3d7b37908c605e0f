using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DevelopmentPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeacherStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrowthCycleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreviousPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_StaffMembers_MentorStaffMemberId",
                        column: x => x.MentorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_StaffMembers_TeacherStaffMemberId",
                        column: x => x.TeacherStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LayoutKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanTemplates_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanComments_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanReviews_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanVersions_DevelopmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "DevelopmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanComments_PlanId",
                table: "DevelopmentPlanComments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanComments_TenantId_PlanId_Time",
                table: "DevelopmentPlanComments",
                columns: new[] { "TenantId", "PlanId", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanReviews_PlanId",
                table: "DevelopmentPlanReviews",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanReviews_TenantId_PlanId_Time",
                table: "DevelopmentPlanReviews",
                columns: new[] { "TenantId", "PlanId", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_MentorStaffMemberId",
                table: "DevelopmentPlans",
                column: "MentorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TeacherStaffMemberId",
                table: "DevelopmentPlans",
                column: "TeacherStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_AcademicYear_Status",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "AcademicYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_MentorStaffMemberId",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "MentorStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_TenantId_TeacherStaffMemberId_AcademicYear",
                table: "DevelopmentPlans",
                columns: new[] { "TenantId", "TeacherStaffMemberId", "AcademicYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanTemplates_TenantId_Name",
                table: "DevelopmentPlanTemplates",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanVersions_PlanId",
                table: "DevelopmentPlanVersions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanVersions_TenantId_PlanId_Number",
                table: "DevelopmentPlanVersions",
                columns: new[] { "TenantId", "PlanId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DevelopmentPlanComments");

            migrationBuilder.DropTable(
                name: "DevelopmentPlanReviews");

            migrationBuilder.DropTable(
                name: "DevelopmentPlanTemplates");

            migrationBuilder.DropTable(
                name: "DevelopmentPlanVersions");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");
        }
    }
}
