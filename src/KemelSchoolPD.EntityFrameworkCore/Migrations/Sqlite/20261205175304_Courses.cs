using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Courses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CourseProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerTenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    FormatSplit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    RunsOnPlatform = table.Column<bool>(type: "INTEGER", nullable: false),
                    CohortStarts = table.Column<string>(type: "TEXT", nullable: false),
                    Modules = table.Column<string>(type: "TEXT", nullable: false),
                    ExpectedResults = table.Column<string>(type: "TEXT", nullable: false),
                    Discrepancies = table.Column<string>(type: "TEXT", nullable: false),
                    PostCourse = table.Column<string>(type: "TEXT", nullable: false),
                    SourceRef = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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
                    table.PrimaryKey("PK_CourseProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseProgrammes_Schools_OwnerTenantId",
                        column: x => x.OwnerTenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourseAssessmentSchemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Components = table.Column<string>(type: "TEXT", nullable: false),
                    PassMark = table.Column<int>(type: "INTEGER", nullable: true),
                    Rubrics = table.Column<string>(type: "TEXT", nullable: false),
                    GradeBands = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseAssessmentSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseAssessmentSchemes_CourseProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "CourseProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hours = table.Column<int>(type: "INTEGER", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CertificateDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Scores = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TotalScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IssuedDocument = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificateToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CertificateValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_CourseRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseRecords_CourseProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "CourseProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourseRecords_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourseRecords_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostCoursePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Directions = table.Column<string>(type: "TEXT", nullable: false),
                    Events = table.Column<string>(type: "TEXT", nullable: false),
                    DiscussedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AgreedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
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
                    table.PrimaryKey("PK_PostCoursePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostCoursePlans_CourseRecords_CourseRecordId",
                        column: x => x.CourseRecordId,
                        principalTable: "CourseRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostCoursePlans_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostCoursePlans_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourseAssessmentSchemes_ProgrammeId_EffectiveFrom",
                table: "CourseAssessmentSchemes",
                columns: new[] { "ProgrammeId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseProgrammes_Code",
                table: "CourseProgrammes",
                column: "Code",
                unique: true,
                filter: "\"Code\" IS NOT NULL AND \"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_CourseProgrammes_OwnerTenantId_Title",
                table: "CourseProgrammes",
                columns: new[] { "OwnerTenantId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseRecords_CertificateToken",
                table: "CourseRecords",
                column: "CertificateToken",
                unique: true,
                filter: "\"CertificateToken\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRecords_ProgrammeId",
                table: "CourseRecords",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRecords_StaffMemberId",
                table: "CourseRecords",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRecords_TenantId_StaffMemberId_Status",
                table: "CourseRecords",
                columns: new[] { "TenantId", "StaffMemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PostCoursePlans_CourseRecordId",
                table: "PostCoursePlans",
                column: "CourseRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_PostCoursePlans_StaffMemberId",
                table: "PostCoursePlans",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PostCoursePlans_TenantId_CourseRecordId",
                table: "PostCoursePlans",
                columns: new[] { "TenantId", "CourseRecordId" },
                unique: true,
                filter: "\"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_PostCoursePlans_TenantId_Status",
                table: "PostCoursePlans",
                columns: new[] { "TenantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourseAssessmentSchemes");

            migrationBuilder.DropTable(
                name: "PostCoursePlans");

            migrationBuilder.DropTable(
                name: "CourseRecords");

            migrationBuilder.DropTable(
                name: "CourseProgrammes");
        }
    }
}
