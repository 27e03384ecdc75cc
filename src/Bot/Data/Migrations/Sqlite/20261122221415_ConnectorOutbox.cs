using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Bot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConnectorOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => new { x.ConversationId, x.Sequence });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_State_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "State", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Outbox");
        }
    }
}
