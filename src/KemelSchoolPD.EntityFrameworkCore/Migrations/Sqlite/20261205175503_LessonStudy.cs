using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LessonStudy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LessonStudyGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ResearchQuestion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    MethodologicalAssociationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FacilitatorStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KnowledgeableOtherName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    KnowledgeableOtherOrganisation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConsentRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LibraryItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
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
                    table.PrimaryKey("PK_LessonStudyGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonStudyGroups_MethodologicalAssociations_MethodologicalAssociationId",
                        column: x => x.MethodologicalAssociationId,
                        principalTable: "MethodologicalAssociations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LessonStudyGroups_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LessonStudyGroups_StaffMembers_FacilitatorStaffMemberId",
                        column: x => x.FacilitatorStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PracticeLibraryItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceKind = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ResearchQuestion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ChangesInPractice = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Authors = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SharedWithAllSchools = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeLibraryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeLibraryItems_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LessonStudyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishConsentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ShareConsentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonStudyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonStudyMembers_LessonStudyGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "LessonStudyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LessonStudyMembers_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LessonStudyMembers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchLessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    TeacherStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LessonDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObservationFocus = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", nullable: false),
                    CasePupils = table.Column<string>(type: "TEXT", nullable: false),
                    Predictions = table.Column<string>(type: "TEXT", nullable: false),
                    Interviews = table.Column<string>(type: "TEXT", nullable: false),
                    Surprises = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Teaching = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AgreedChanges = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DiscussedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchLessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchLessons_LessonStudyGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "LessonStudyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchLessons_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchLessons_StaffMembers_TeacherStaffMemberId",
                        column: x => x.TeacherStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchLessonNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObserverStaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PupilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ObservedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchLessonNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchLessonNotes_ResearchLessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "ResearchLessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResearchLessonNotes_Schools_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchLessonNotes_StaffMembers_ObserverStaffMemberId",
                        column: x => x.ObserverStaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyGroups_FacilitatorStaffMemberId",
                table: "LessonStudyGroups",
                column: "FacilitatorStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyGroups_MethodologicalAssociationId",
                table: "LessonStudyGroups",
                column: "MethodologicalAssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyGroups_TenantId_AcademicYear",
                table: "LessonStudyGroups",
                columns: new[] { "TenantId", "AcademicYear" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyMembers_GroupId",
                table: "LessonStudyMembers",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyMembers_StaffMemberId",
                table: "LessonStudyMembers",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyMembers_TenantId_GroupId_StaffMemberId",
                table: "LessonStudyMembers",
                columns: new[] { "TenantId", "GroupId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LessonStudyMembers_TenantId_StaffMemberId",
                table: "LessonStudyMembers",
                columns: new[] { "TenantId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeLibraryItems_SharedWithAllSchools_PublishedAt",
                table: "PracticeLibraryItems",
                columns: new[] { "SharedWithAllSchools", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeLibraryItems_TenantId_SourceKind_SourceId",
                table: "PracticeLibraryItems",
                columns: new[] { "TenantId", "SourceKind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessonNotes_LessonId",
                table: "ResearchLessonNotes",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessonNotes_ObserverStaffMemberId",
                table: "ResearchLessonNotes",
                column: "ObserverStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessonNotes_TenantId_GroupId",
                table: "ResearchLessonNotes",
                columns: new[] { "TenantId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessonNotes_TenantId_LessonId_ObservedAt",
                table: "ResearchLessonNotes",
                columns: new[] { "TenantId", "LessonId", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessons_GroupId",
                table: "ResearchLessons",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessons_TeacherStaffMemberId",
                table: "ResearchLessons",
                column: "TeacherStaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessons_TenantId_GroupId_RoundNumber",
                table: "ResearchLessons",
                columns: new[] { "TenantId", "GroupId", "RoundNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchLessons_TenantId_LessonDate",
                table: "ResearchLessons",
                columns: new[] { "TenantId", "LessonDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LessonStudyMembers");

            migrationBuilder.DropTable(
                name: "PracticeLibraryItems");

            migrationBuilder.DropTable(
                name: "ResearchLessonNotes");

            migrationBuilder.DropTable(
                name: "ResearchLessons");

            migrationBuilder.DropTable(
                name: "LessonStudyGroups");
        }
    }
}
