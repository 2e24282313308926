using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>Who may change reference data, and what creating and updating share.</summary>
internal static class ReferenceDataAdministration
{
    /// <summary>
    /// The administrator's row to fill in: a new one, added (refused with 409 when the key exists), or the existing one
    /// (refused with 404 when it does not).
    /// </summary>
    public static async Task<T> RowToSaveAsync<T>(CaseViewer viewer, bool create, string field, string key,
        Func<Task<T?>> find, Func<T> make, Action<T> add) where T : class
    {
        if (!viewer.Holds(Roles.Administrator))
            throw new ForbiddenException("role", "Only administrators change offices, countries of return and programmes.");
        var found = await find();
        if (create && found is not null) throw new ConflictException(field, $"'{key}' exists already; update it instead.");
        if (found is not null) return found;
        if (!create) throw new NotFoundException(field, $"There is no '{key}'.");
        var made = make();
        add(made);
        return made;
    }

    public static bool IsTimeZone(string? zone) => zone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
}
