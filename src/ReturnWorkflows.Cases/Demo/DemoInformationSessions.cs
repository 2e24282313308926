using ReturnWorkflows.Cases.Outreach;

namespace ReturnWorkflows.Cases.Demo;

/// <summary>
/// The demo's information sessions, where its funnel starts: a few at the Sarajevo and Belgrade reception centres and
/// offices in the weeks before, in the languages of the demo households. Places and counts are invented.
/// </summary>
public static class DemoInformationSessions
{
    public static IReadOnlyList<DemoInformationSession> All { get; } =
    [
        new("BA-SJJ", 40, SessionPlaceKind.ReceptionCentre, "Ušivak reception centre", "ur", new HeadCounts(1, 2, 3, 14, 0, 1), 6),
        new("BA-SJJ", 26, SessionPlaceKind.ReceptionCentre, "Blažuj reception centre", "ps", new HeadCounts(0, 1, 0, 19, 0, 0), 4),
        new("BA-SJJ", 12, SessionPlaceKind.Office, "Sarajevo office", "fa", new HeadCounts(2, 1, 4, 3, 1, 0), 5),
        new("RS-BEG", 33, SessionPlaceKind.ReceptionCentre, "Obrenovac asylum centre", "ar", new HeadCounts(0, 0, 2, 11, 0, 1), 3),
        new("RS-BEG", 9, SessionPlaceKind.Other, "Miksalište drop-in centre", "ku", new HeadCounts(3, 2, 4, 5, 0, 0), 4),
    ];
}

/// <param name="DaysAgo">When it was held, counted back from the demo's start.</param>
public sealed record DemoInformationSession(
    string Office, int DaysAgo, SessionPlaceKind PlaceKind, string PlaceName, string Language, HeadCounts Attendance, int RequestedCounselling);
