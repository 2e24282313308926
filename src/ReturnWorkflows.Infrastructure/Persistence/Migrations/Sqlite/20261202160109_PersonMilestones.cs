using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_test",
                table: "cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "arrived_on",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "counselled_on",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "decided_to_return_on",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "departed_on",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "eligible_on",
                table: "case_persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "plan_approved_on",
                table: "case_persons",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_test",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "arrived_on",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "counselled_on",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "decided_to_return_on",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "departed_on",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "eligible_on",
                table: "case_persons");

            migrationBuilder.DropColumn(
                name: "plan_approved_on",
                table: "case_persons");
        }
    }
}
