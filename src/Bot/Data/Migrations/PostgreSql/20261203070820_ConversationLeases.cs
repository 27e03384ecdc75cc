using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Bot.Data.Migrations.PostgreSql
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
                    ConversationId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
