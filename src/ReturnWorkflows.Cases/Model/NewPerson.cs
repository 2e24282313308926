namespace ReturnWorkflows.Cases.Model;

/// <summary>A person joining a case: who they are, and the data-processing consent without which nothing of them is kept.</summary>
public sealed record NewPerson(PersonDetails Details, ConsentStatement DataProcessingConsent);
