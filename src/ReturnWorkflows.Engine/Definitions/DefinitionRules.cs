using System.Text.RegularExpressions;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// What every stored definition must satisfy, whichever command brings it (save, import, seed): the same limits the
/// database columns have, checked before the database sees them so both providers answer alike.
/// </summary>
public static partial class DefinitionRules
{
    public const int MaxDefinitionIdLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxToolVersionLength = 50;

    public static void Check(string definitionId, WorkflowDefinitionModel model)
    {
        if (definitionId.Length > MaxDefinitionIdLength || !DefinitionIdPattern().IsMatch(definitionId))
            throw new CommandRejectedException("definitionId", $"A definition id may hold only letters, digits and . _ : - (at most {MaxDefinitionIdLength} characters).");
        if (model.Name?.Trim().Length > MaxNameLength)
            throw new CommandRejectedException("name", $"The name is longer than {MaxNameLength} characters.");
        if (model.ToolVersion?.Length > MaxToolVersionLength)
            throw new CommandRejectedException("toolVersion", $"The tool version is longer than {MaxToolVersionLength} characters.");
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex DefinitionIdPattern();
}
