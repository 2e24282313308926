namespace ReturnWorkflows.Cases.Model;

/// <summary>A person joining a case: who they are, and the data-processing consent without which nothing of them is kept.</summary>
/// <param name="NotSamePersonAsKnown">
/// The counsellor was told at intake that someone like this person is known to another office, checked with it, and
/// found it is someone else: the persons the check finds now are recorded as not this one.
/// </param>
public sealed record NewPerson(PersonDetails Details, ConsentStatement DataProcessingConsent, bool NotSamePersonAsKnown = false);
