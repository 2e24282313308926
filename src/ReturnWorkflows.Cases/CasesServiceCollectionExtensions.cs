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
        return services;
    }

    public static System.Reflection.Assembly Assembly => typeof(CasesServiceCollectionExtensions).Assembly;
}
