namespace ReturnWorkflows.Cases.Model;

/// <summary>A consent as the counsellor reports it, before it becomes a row of the person's history.</summary>
/// <param name="Language">The language the consent was explained and given in.</param>
/// <param name="Interpreter">The interpreter's name, when one was used.</param>
/// <param name="Guardian">For a child: the guardian through whom the consent comes.</param>
public sealed record ConsentStatement(
    ConsentKind Kind,
    ConsentDecision Decision,
    ConsentMethod Method,
    string Language,
    string? Interpreter,
    string? Guardian);
