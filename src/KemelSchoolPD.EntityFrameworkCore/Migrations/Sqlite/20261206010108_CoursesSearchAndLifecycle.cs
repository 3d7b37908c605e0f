using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoursesSearchAndLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "CourseProgrammes",
                type: "TEXT",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "CourseProgrammeLifecycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtocolDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProtocolSignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DevelopmentOrderNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DevelopmentOrderDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SectionsDone = table.Column<string>(type: "TEXT", nullable: false),
                    OldestLiteratureYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscussionStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DiscussionLink = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CommentsReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    CommentsAnswered = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: true),
                    ConclusionReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovalOrderNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_CourseProgrammeLifecycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseProgrammeLifecycles_CourseProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "CourseProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameRu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicHolidays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourseProgrammeLifecycles_ProgrammeId",
                table: "CourseProgrammeLifecycles",
                column: "ProgrammeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicHolidays_Date",
                table: "PublicHolidays",
                column: "Date",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourseProgrammeLifecycles");

            migrationBuilder.DropTable(
                name: "PublicHolidays");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "CourseProgrammes");
        }
    }
}
