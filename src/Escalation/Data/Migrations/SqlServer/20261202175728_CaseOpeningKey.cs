using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Escalation.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseOpeningKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OpeningKey",
                table: "Cases",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpeningKey",
                table: "Cases",
                column: "OpeningKey",
                unique: true,
                filter: "OpeningKey IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OpeningKey",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OpeningKey",
                table: "Cases");
        }
    }
}
