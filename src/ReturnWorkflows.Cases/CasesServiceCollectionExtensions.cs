using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReturnWorkflows.Cases.Application;

namespace ReturnWorkflows.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>
    /// The case domain's services. Its MediatR handlers and validators are registered by the engine's wiring, given this
    /// assembly (<see cref="Assembly"/>); the stores behind the interfaces come from Infrastructure.
    /// </summary>
    public static IServiceCollection AddReturnWorkflowsCases(this IServiceCollection services)
    {
        services.TryAddScoped<VisibleCases>();
        services.TryAddScoped<CaseEditing>();
        services.TryAddScoped<CaseLifecycle>();
        services.TryAddScoped<PhaseChain>();
        services.TryAddScoped<CaseNotices>();
        services.TryAddScoped<CountryStatusChange>();
        services.TryAddScoped<Documents.CaseDocumentAccess>();
        services.AddOptions<Documents.DocumentLimits>();
        services.TryAddScoped<CaseGateRelease>();
        services.TryAddScoped<Activities.CaseAnswerServices>();
        // Replaces the engine's "no case" default: activities read the case before each step.
        services.Replace(ServiceDescriptor.Scoped<Engine.Runtime.Cases.IWorkflowCaseContextLoader, Activities.CaseContextLoader>());
        foreach (var handler in Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Engine.Tasks.ITaskAnswersHandler).IsAssignableFrom(t)))
            services.AddScoped(typeof(Engine.Tasks.ITaskAnswersHandler), handler);
        // The same handlers fill their forms from the case when a task is opened.
        foreach (var prefill in Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Activities.ICaseFormPrefill).IsAssignableFrom(t)))
            services.AddScoped(typeof(Activities.ICaseFormPrefill), prefill);
        // What steps change on their case once they are written (the monitoring plan).
        foreach (var updater in Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Engine.Runtime.Cases.IWorkflowCaseUpdater).IsAssignableFrom(t)))
            services.AddScoped(typeof(Engine.Runtime.Cases.IWorkflowCaseUpdater), updater);
        return services;
    }

    public static System.Reflection.Assembly Assembly => typeof(CasesServiceCollectionExtensions).Assembly;
}
