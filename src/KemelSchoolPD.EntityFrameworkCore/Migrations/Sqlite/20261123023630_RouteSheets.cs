using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RouteSheets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RouteSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeacherStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TitleKk = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TitleRu = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StageKk = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StageRu = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GoalKk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GoalRu = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReviewerStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PeriodKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Rows = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_RouteSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteSheets_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RouteSheets_StaffMembers_ReviewerStaffMemberId",
                        column: x => x.ReviewerStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RouteSheets_StaffMembers_TeacherStaffMemberId",
                        column: x => x.TeacherStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RouteSheetTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceTemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    TitleKk = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TitleRu = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StageKk = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StageRu = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GoalKk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GoalRu = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Rows = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_RouteSheetTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteSheetTemplates_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RouteSheetWeeklyEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RouteSheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClassName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WhatWorked = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WhatToChange = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Mark = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteSheetWeeklyEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteSheetWeeklyEvaluations_RouteSheets_RouteSheetId",
                        column: x => x.RouteSheetId,
                        principalTable: "RouteSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RouteSheetWeeklyEvaluations_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_ReviewerStaffMemberId",
                table: "RouteSheets",
                column: "ReviewerStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TeacherStaffMemberId",
                table: "RouteSheets",
                column: "TeacherStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TenantId_AcademicYear_Category",
                table: "RouteSheets",
                columns: new[] { "TenantId", "AcademicYear", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TenantId_ReviewerStaffMemberId",
                table: "RouteSheets",
                columns: new[] { "TenantId", "ReviewerStaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheets_TenantId_TeacherStaffMemberId_AcademicYear",
                table: "RouteSheets",
                columns: new[] { "TenantId", "TeacherStaffMemberId", "AcademicYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheetTemplates_TenantId_Category_IsActive",
                table: "RouteSheetTemplates",
                columns: new[] { "TenantId", "Category", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheetWeeklyEvaluations_RouteSheetId",
                table: "RouteSheetWeeklyEvaluations",
                column: "RouteSheetId");

            migrationBuilder.CreateIndex(
                name: "IX_RouteSheetWeeklyEvaluations_TenantId_RouteSheetId_WeekStart",
                table: "RouteSheetWeeklyEvaluations",
                columns: new[] { "TenantId", "RouteSheetId", "WeekStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RouteSheetTemplates");

            migrationBuilder.DropTable(
                name: "RouteSheetWeeklyEvaluations");

            migrationBuilder.DropTable(
                name: "RouteSheets");
        }
    }
}
