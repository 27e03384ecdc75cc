using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Bot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConversationLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConversationLeases",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationLeases", x => x.ConversationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationLeases_ExpiresAt",
                table: "ConversationLeases",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationLeases_Owner",
                table: "ConversationLeases",
                column: "Owner");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationLeases");
        }
    }
}
