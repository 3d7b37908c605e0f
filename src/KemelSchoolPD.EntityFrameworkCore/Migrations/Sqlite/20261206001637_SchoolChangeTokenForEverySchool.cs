using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SchoolChangeTokenForEverySchool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every school has its change token row from its creation on (the save renews it by an UPDATE alone): the schools
            // created before get theirs now. Any first value will do; the school's id is one.
            migrationBuilder.Sql("""
                INSERT INTO "SchoolChangeTokens" ("SchoolId", "Token")
                SELECT "Id", "Id" FROM "Schools" WHERE "Id" NOT IN (SELECT "SchoolId" FROM "SchoolChangeTokens")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
