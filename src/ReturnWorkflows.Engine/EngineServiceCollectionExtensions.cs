using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Behaviors;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Validation;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Runtime.Commands;

namespace ReturnWorkflows.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The engine's services and MediatR 5 wiring: handlers and validators from the given assemblies (the engine's
    /// own always), and the pipeline, outermost first: logging, validation, transaction, idempotency.
    /// </summary>
    public static IServiceCollection AddReturnWorkflowsEngine(this IServiceCollection services, params Assembly[] moduleAssemblies)
    {
        var assemblies = moduleAssemblies.Prepend(typeof(EngineServiceCollectionExtensions).Assembly).Distinct().ToArray();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ActivityRegistry(assemblies));
        services.TryAddSingleton<WorkflowDefinitionValidator>();
        services.TryAddScoped<WorkflowDefinitionPublisher>();
        services.TryAddScoped<Application.IActorContext, Application.SystemActor>();
        services.TryAddSingleton(provider => new JavaScriptEvaluator(
            provider.GetService<Microsoft.Extensions.Options.IOptions<JavaScriptOptions>>()?.Value ?? new JavaScriptOptions()));
        services.TryAddSingleton<ExpressionEvaluator>();
        services.TryAddSingleton<WorkflowGraphCache>();
        services.TryAddSingleton(provider => new WorkflowRunner(provider.GetRequiredService<ExpressionEvaluator>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WorkflowRunner>>(),
            provider.GetService<Microsoft.Extensions.Options.IOptions<RuntimeOptions>>()?.Value, provider.GetRequiredService<Calendars.OfficeCalendars>()));
        services.AddOptions<Calendars.CalendarOptions>();
        services.TryAddSingleton<Calendars.OfficeCalendars>();
        services.TryAddScoped<InstanceSteps>();
        services.TryAddScoped<Runtime.Cases.IWorkflowCaseContextLoader, Runtime.Cases.NoCaseContext>();
        services.TryAddScoped<Tasks.TaskNotices>();
        services.AddOptions<Notifications.NotificationOptions>();
        services.TryAddSingleton<Runtime.Timers.TimerDrain>();
        services.TryAddSingleton<Tasks.Forms.IFormCatalog>(Tasks.Forms.FormCatalog.Empty);
        services.AddOptions<RuntimeOptions>();

        services.TryAddScoped<ServiceFactory>(provider => provider.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddSingleton<IRefusalWording, EnglishRefusals>();
        // First registered is outermost: refusals leave the pipeline in the caller's language.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(RefusalWordingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(IdempotencyBehavior<,>));

        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>))
                    services.AddTransient(contract, type);
                else if (definition == typeof(IValidator<>))
                {
                    // A validator is immutable once built, and building it (its rules' expression trees) costs more
                    // than a check: one that needs no services is built once. One with services (a clock, a store)
                    // is built per use, with the caller's.
                    if (type.GetConstructors() is [{ } only] && only.GetParameters().Length == 0)
                        services.AddSingleton(contract, type);
                    else
                        services.AddTransient(contract, type);
                }
            }
        }
        return services;
    }
}
