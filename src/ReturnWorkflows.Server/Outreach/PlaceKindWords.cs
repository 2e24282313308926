using ReturnWorkflows.Cases.Outreach;

namespace ReturnWorkflows.Server.Outreach;

/// <summary>The English words for a place kind, which are also the localisation keys (the pages' <c>L[...]</c>).</summary>
public static class PlaceKindWords
{
    public static string Of(SessionPlaceKind kind) => kind switch
    {
        SessionPlaceKind.ReceptionCentre => "Reception centre",
        SessionPlaceKind.Office => "Office",
        _ => "Another place",
    };
}
