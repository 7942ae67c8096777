using System.Collections.Immutable;
using MalAnalys.Agenda2030;
using MalAnalys.Documents;
using Spectre.Console;

namespace MalAnalys.Cli;

/// <summary>The readable form of an analysed document: a heading line and a table of goals.</summary>
internal static class TableView
{
    public static void Write(IAnsiConsole console, GoalDocument document, ImmutableArray<GoalSdgs> sdgs = default)
    {
        var title = $"{document.Municipality ?? "(municipality not found)"} - {document.Title ?? "(untitled)"}";
        if (document.Period is { } period)
        {
            title += period.StartYear == period.EndYear ? $" ({period.Kind.ToString().ToLowerInvariant()} {period.StartYear})" : $" ({period.Kind.ToString().ToLowerInvariant()} {period.StartYear}-{period.EndYear})";
        }

        // Every string from a document goes through TerminalText: a document must not reach the terminal as control codes.
        console.MarkupLine($"[bold]{Markup.Escape(TerminalText.Line(title))}[/]");
        console.MarkupLine(Markup.Escape(TerminalText.Line($"{document.Source.Path}: {document.Goals.Count} goals, {document.Areas.Count} goal areas, {document.Principles.Count} principles, layout {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(document.Layout.ToString())}")));
        if (document.Goals.Count == 0)
        {
            console.WriteLine();
            return;
        }

        // Areas head their goals as rows of their own, so the statement keeps the width.
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("#");
        table.AddColumn("Number");
        table.AddColumn("Short name");
        table.AddColumn(new TableColumn("Statement"));
        var withSdgs = !sdgs.IsDefaultOrEmpty;
        if (withSdgs)
        {
            table.AddColumn(new TableColumn("SDGs (top 3)").NoWrap());
        }

        string? area = null;
        foreach (var goal in document.Goals)
        {
            if (goal.Area is not null && goal.Area != area)
            {
                area = goal.Area;
                table.AddRow([new Text(""), new Text(""), new Text(""), new Text("Area: " + TerminalText.Line(area), new Style(decoration: Decoration.Bold)), .. withSdgs ? [new Text("")] : Array.Empty<Text>()]);
            }

            Text[] cells =
            [
                new Text(goal.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(TerminalText.Line(goal.Number)),
                new Text(TerminalText.Line(goal.ShortName)),
                new Text(TerminalText.Block(goal.Statement)),
            ];
            table.AddRow(withSdgs ? [.. cells, new Text(SdgCommands.Summary(sdgs.FirstOrDefault(s => s.Goal == goal)?.Result))] : cells);
        }

        console.Write(table);
        console.WriteLine();
    }
}
