namespace ReturnWorkflows.Cases.Model;

/// <summary>A closure someone proposed and a programme manager has yet to approve or reject.</summary>
public sealed record ClosureProposal(ClosureReason Reason, string? Note, string ProposedBy, DateTime ProposedAt);
