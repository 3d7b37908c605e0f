using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KemelSchoolPD.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlatformChangeToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The platform's own change token (host catalogue data every school reads) is a row with the empty id; it exists
            // from the start, so two first-ever host edits at once cannot both try to create it.
            migrationBuilder.Sql("""
                INSERT INTO "SchoolChangeTokens" ("SchoolId", "Token")
                SELECT '00000000-0000-0000-0000-000000000000'::uuid, '00000000-0000-0000-0000-000000000001'::uuid
                WHERE NOT EXISTS (SELECT 1 FROM "SchoolChangeTokens" WHERE "SchoolId" = '00000000-0000-0000-0000-000000000000')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
