using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSalesBot.Knowledge.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    BodyEn = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    BodyZh = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    Products = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false),
                    Symptoms = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "FeeSchedules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Labour = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CostFee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RemoteSupport = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AnnualMaintenancePercent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OnSiteByZone = table.Column<string>(type: "jsonb", nullable: true),
                    Parts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeSchedules", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ProductLines",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    PolicyCode = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    FeeScheduleCode = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ServiceLevelCode = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductLines", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Products",
                columns: table => new
                {
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LineCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Aliases = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false),
                    SerialPattern = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    SerialFormatEn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    SerialFormatZh = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    LaunchDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PartsWarrantyMonths = table.Column<int>(type: "integer", nullable: false),
                    LabourWarrantyMonths = table.Column<int>(type: "integer", nullable: false),
                    PolicyCode = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Consumables = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Products", x => x.Model);
                });

            migrationBuilder.CreateTable(
                name: "Purchases",
                columns: table => new
                {
                    Serial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SaleDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Dealer = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    CustomerRef = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Zone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    City = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    ExtendedMonths = table.Column<int>(type: "integer", nullable: false),
                    LicencePrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Purchases", x => x.Serial);
                });

            migrationBuilder.CreateTable(
                name: "Repairs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Serial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    FaultCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnderWarranty = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Repairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceLevels",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FirstReplyHours = table.Column<int>(type: "integer", nullable: false),
                    SolutionHours = table.Column<int>(type: "integer", nullable: false),
                    EmergencyResponseHours = table.Column<int>(type: "integer", nullable: false),
                    RemoteSupportHours = table.Column<int>(type: "integer", nullable: true),
                    OnSiteByZone = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceLevels", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ServiceZones",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Places = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceZones", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WarrantyPolicies",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    NameEn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    ReturnDays = table.Column<int>(type: "integer", nullable: false),
                    ExchangeDays = table.Column<int>(type: "integer", nullable: false),
                    RepairsBeforeReplacement = table.Column<int>(type: "integer", nullable: false),
                    GoodwillCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    MaxExtensionMonths = table.Column<int>(type: "integer", nullable: false),
                    PartsExchangedOldForNew = table.Column<bool>(type: "boolean", nullable: false),
                    AlwaysPaidParts = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false),
                    Covered = table.Column<string>(type: "jsonb", nullable: true),
                    Exclusions = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarrantyPolicies", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Products_LineCode",
                table: "Products",
                column: "LineCode");

            migrationBuilder.CreateIndex(
                name: "IX_Purchases_Model",
                table: "Purchases",
                column: "Model");

            migrationBuilder.CreateIndex(
                name: "IX_Purchases_OrderNumber",
                table: "Purchases",
                column: "OrderNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Repairs_Serial",
                table: "Repairs",
                column: "Serial");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "FeeSchedules");

            migrationBuilder.DropTable(
                name: "ProductLines");

            migrationBuilder.DropTable(
                name: "Products");

            migrationBuilder.DropTable(
                name: "Purchases");

            migrationBuilder.DropTable(
                name: "Repairs");

            migrationBuilder.DropTable(
                name: "ServiceLevels");

            migrationBuilder.DropTable(
                name: "ServiceZones");

            migrationBuilder.DropTable(
                name: "WarrantyPolicies");
        }
    }
}
