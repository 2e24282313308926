namespace ReturnWorkflows.Cases.Contacts;

/// <summary>A contact as the case worker reports it, before it becomes an entry of the log.</summary>
/// <param name="ContactedAt">When the contact was made or tried (UTC); it may be earlier than when it is logged.</param>
/// <param name="Note">A short note; free text, so it never reaches the audit trail's values or a log line.</param>
public sealed record ContactAttempt(DateTime ContactedAt, ContactChannel Channel, bool Reached, string? Note);
