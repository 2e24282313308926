using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Calendars;
using ReturnWorkflows.Engine.Tasks.Forms;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Descriptors;

/// <summary>One choice of a dropdown: what the manager reads and what is stored.</summary>
public sealed record InputOption(string Text, string Value);

/// <summary>
/// Fills the dropdowns of <see cref="InputOptionLists"/> from what this server knows, so a manager picks a form, a role
/// or an office instead of having to know its key.
/// </summary>
internal sealed class InputOptionSource(IFormCatalog forms, OfficeCalendars calendars, ReturnWorkflowsDbContext db)
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<InputOption>>> LoadAsync(CancellationToken ct)
    {
        var userOffices = await db.Users.Where(u => u.Office != "").Select(u => u.Office).Distinct().ToListAsync(ct);
        var published = await db.WorkflowDefinitionVersions.Where(v => v.IsPublished).Select(v => new { v.DefinitionId, v.Name }).ToListAsync(ct);
        return new Dictionary<string, IReadOnlyList<InputOption>>
        {
            [InputOptionLists.Forms] = forms.All.OrderBy(f => f.Title, StringComparer.Ordinal)
                .Select(f => new InputOption($"{f.Title} ({f.Key})", f.Key)).ToList(),
            // Administrators hold every permission but are nobody's candidate role.
            [InputOptionLists.TaskRoles] = Policies.RolesByPolicy[Policies.WorkTasks].Where(r => r != Roles.Administrator)
                .Select(r => new InputOption(ActivityDescriber.Humanize(r), r)).ToList(),
            [InputOptionLists.Offices] = calendars.Offices.Concat(userOffices).Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal).Select(o => new InputOption(o, o)).ToList(),
            [InputOptionLists.PublishedWorkflows] = published.OrderBy(w => w.Name ?? w.DefinitionId, StringComparer.Ordinal)
                .Select(w => new InputOption($"{w.Name ?? w.DefinitionId} ({w.DefinitionId})", w.DefinitionId)).ToList(),
        };
    }
}
