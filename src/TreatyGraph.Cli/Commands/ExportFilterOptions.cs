using System.CommandLine;
using TreatyGraph.Exports.Filters;

namespace TreatyGraph.Cli.Commands;

/// <summary>The export filters as command-line options, named as in the API's query strings (<c>asOf</c> is <c>--as-of</c>).</summary>
internal sealed class ExportFilterOptions
{
    private readonly Option<string[]> _participants = new("--participants")
    {
        Description = "Entity ids (repeat or comma-separate): country:japan,country:russia.",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> _match = new("--match") { Description = "ANY (default) or ALL of the participants." };
    private readonly Option<string?> _from = new("--from") { Description = "EDTF: events that may fall on or after this date." };
    private readonly Option<string?> _to = new("--to") { Description = "EDTF: events that may fall on or before this date." };
    private readonly Option<string[]> _kinds = new("--kinds") { Description = "Event kinds (repeat or comma-separate): Meeting,Signing.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _status = new("--status") { Description = "occurred or planned." };
    private readonly Option<string?> _asOf = new("--as-of") { Description = "EDTF: only facts that held at some time inside this date." };

    private ExportFilterOptions(bool timeline) => IsTimeline = timeline;

    public bool IsTimeline { get; }

    public static ExportFilterOptions ForTimeline() => new(timeline: true);

    public static ExportFilterOptions ForGraph() => new(timeline: false);

    public void AddTo(Command command)
    {
        command.Options.Add(_participants);
        if (IsTimeline)
        {
            command.Options.Add(_match);
            command.Options.Add(_from);
            command.Options.Add(_to);
            command.Options.Add(_kinds);
            command.Options.Add(_status);
        }
        else
        {
            command.Options.Add(_asOf);
        }
    }

    public ExportFilterInput Read(ParseResult parse) => new()
    {
        Participants = Given(parse, _participants),
        Match = parse.GetValue(_match),
        From = parse.GetValue(_from),
        To = parse.GetValue(_to),
        Kinds = Given(parse, _kinds),
        Status = parse.GetValue(_status),
        AsOf = parse.GetValue(_asOf),
    };

    /// <summary>The option's name as the user typed it, for error messages that name query parameters.</summary>
    public static string OptionName(string parameter) =>
        parameter == ExportParameters.AsOf ? "--as-of" : "--" + parameter;

    private static string[]? Given(ParseResult parse, Option<string[]> option) =>
        parse.GetResult(option) is null ? null : parse.GetValue(option) ?? [];
}
