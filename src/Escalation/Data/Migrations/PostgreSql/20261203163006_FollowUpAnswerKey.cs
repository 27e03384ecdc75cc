using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Escalation.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FollowUpAnswerKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswerKey",
                table: "FollowUpResults",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpResults_AnswerKey",
                table: "FollowUpResults",
                column: "AnswerKey",
                unique: true,
                filter: "\"AnswerKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpResults_AnswerKey",
                table: "FollowUpResults");

            migrationBuilder.DropColumn(
                name: "AnswerKey",
                table: "FollowUpResults");
        }
    }
}
