using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases;
using ReturnWorkflows.Engine;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Engine.Serialization;
using ReturnWorkflows.Infrastructure;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Scheduling;
using ReturnWorkflows.Server.Configuration;
using ReturnWorkflows.Server.DesignSystem;
using ReturnWorkflows.Server.ElsaApi;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;
using ReturnWorkflows.Server.Startup;

// A wrong setting stops the server with one line naming the key and exit code 1, not a stack trace. (Under the test
// host the entry point's exceptions go to the test instead, so this never fires there.)
AppDomain.CurrentDomain.UnhandledException += (_, e) => StartupSettings.ExitIfRefused(e.ExceptionObject);

var builder = WebApplication.CreateBuilder(ServerFolders.Options(args));
// Started from a build's bin folder rather than a published one, wwwroot comes from the sources (as under dotnet run).
if (!builder.Environment.IsDevelopment()) builder.WebHost.UseStaticWebAssets();

// Settings are checked before anything starts; a wrong one stops the server with the key to fix.
builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
builder.Services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
builder.Services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>();
builder.Services.AddOptions<JavaScriptOptions>().BindConfiguration(JavaScriptOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<JavaScriptOptions>, JavaScriptOptionsValidator>();
builder.Services.AddOptions<ReturnWorkflows.Infrastructure.Notifications.SmtpOptions>().BindConfiguration(ReturnWorkflows.Infrastructure.Notifications.SmtpOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<ReturnWorkflows.Infrastructure.Notifications.SmtpOptions>, SmtpOptionsValidator>();
builder.Services.AddOptions<ReturnWorkflows.Engine.Notifications.NotificationOptions>().BindConfiguration(ReturnWorkflows.Engine.Notifications.NotificationOptions.Section);
builder.Services.AddOptions<RuntimeOptions>().BindConfiguration(RuntimeOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<RuntimeOptions>, RuntimeOptionsValidator>();
builder.Services.AddOptions<SchedulerSettings>().BindConfiguration(SchedulerSettings.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<SchedulerSettings>, SchedulerSettingsValidator>();
builder.Services.AddOptions<ReturnWorkflows.Engine.Calendars.CalendarOptions>().BindConfiguration(ReturnWorkflows.Engine.Calendars.CalendarOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<ReturnWorkflows.Engine.Calendars.CalendarOptions>, CalendarOptionsValidator>();
builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
builder.Services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
{
    if (!proxy.Value.Problems().Any()) proxy.Value.ApplyTo(forwarded); // a wrong setting stops the start instead (above)
});
builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
builder.Services.AddOptions<IdentitySettings>().BindConfiguration(IdentitySettings.Section).ValidateOnStart();
builder.Services.AddCaseDocuments();
builder.Services.AddSingleton<IValidateOptions<IdentitySettings>, IdentitySettingsValidator>();
var databaseOptions = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
var schedulingOptions = builder.Configuration.GetSection(SchedulerSettings.Section).Get<SchedulerSettings>() ?? new SchedulerSettings();
// The database settings are used right here to wire EF Core and Hangfire, so they are checked now, not at start.
if (new DatabaseOptionsValidator().Validate(null, databaseOptions) is { Failed: true } invalid)
    throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), invalid.Failures);

builder.Services.AddReturnWorkflowsEngine(CasesServiceCollectionExtensions.Assembly);
builder.Services.AddReturnWorkflowsCases();
builder.Services.AddSingleton<ReturnWorkflows.Engine.Tasks.Forms.IFormCatalog>(services =>
    FormFiles.Load(services.GetRequiredService<IOptions<ServerOptions>>().Value.ResolveFormsFolder(), ReturnWorkflows.Cases.Activities.Forms.CaseForms.All));
builder.Services.AddReturnWorkflowsPersistence(databaseOptions);
// Hosted services start in registration order, and the web host registered data protection's (which reads its key
// ring from our database) before this line: so the schema step goes first of all.
builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseStartup>());
var identitySettings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
builder.Services.AddReturnWorkflowsIdentity(identitySettings);
builder.Services.AddSignInRateLimits(identitySettings);
builder.Services.AddReturnWorkflowsLocalization();
builder.Services.AddScoped<ReturnWorkflows.Server.Localization.ViewerClock>();
builder.Services.AddScoped<ReturnWorkflows.Server.Localization.TaskText>();
builder.Services.AddRazorPages(pages =>
{
    foreach (var route in ReturnWorkflows.Server.Pages.Designer.HostModel.Routes)
        pages.Conventions.AddPageRoute("/Designer/Host", route);
}).AddViewLocalization();
builder.Services.AddSingleton<ReturnWorkflows.Server.Designer.DesignerBundle>();
builder.Services.AddSingleton<ReturnWorkflows.Server.Designer.DesignerAssets>();
builder.Services.AddScoped<ReturnWorkflows.Server.Designer.DefinitionHistoryQueries>();
builder.Services.AddScoped<ReturnWorkflows.Server.Designer.PracticeCaseRuns>();
builder.Services.AddScoped<ReturnWorkflows.Server.ElsaApi.Descriptors.InputOptionSource>();
builder.Services.AddSingleton<ReturnWorkflows.Server.Tasks.TaskViews>();
builder.Services.AddScoped<ReturnWorkflows.Server.Tasks.InboxRows>();
builder.Services.AddScoped<ReturnWorkflows.Server.Cases.CaseTasks>();
builder.Services.ConfigureHttpJsonOptions(json => EngineJson.Apply(json.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<CommandExceptionHandler>();
var health = builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<OutboxHealthCheck>("outbox");
if (schedulingOptions.Enabled) health.AddCheck<HangfireHealthCheck>("hangfire");

builder.Services.AddHostedService<WorkflowSeeding>();
builder.Services.AddHostedService<ReferenceDataSeeding>();
builder.Services.AddHostedService<IdentitySeeding>();
if (ReturnWorkflows.Server.Demo.DemoSettings.CasesOn(builder.Configuration, identitySettings))
    ReturnWorkflows.Server.Demo.DemoServiceCollectionExtensions.AddDemoCases(builder.Services);
// Last: Hangfire starts once the schema is current and the shipped workflows are in.
builder.Services.AddReturnWorkflowsScheduling(databaseOptions, schedulingOptions);

var app = builder.Build();
// Settings checked here rather than by the host, whose failure log would carry the stack trace; a refusal goes to the
// handler above.
StartupSettings.Validate(app.Services);
// First: behind a TLS proxy, the client's address and scheme come from the proxy's forwarded headers.
app.UseForwardedHeaders();
// The person's language for everything after, error pages and problem details included (README, "Languages").
app.UseRequestLocalization();
// Failures and error statuses: our status page for a browser, problem details for everyone else.
app.UseBrowserStatusPages();
// HSTS is sent on HTTPS requests only (behind the proxy: forwarded as https), never for localhost.
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseBootstrapFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
ReturnWorkflows.Server.Designer.DesignerFiles.UseDesignerFiles(app);
// Health is anonymous by design: load balancers and orchestrators call it; it reveals no case data.
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
app.MapRazorPages();
app.MapAccountEndpoints();
app.MapElsaApi();
ReturnWorkflows.Server.Tasks.TaskEndpoints.MapTaskEndpoints(app);
ReturnWorkflows.Server.Tasks.NotificationEndpoints.MapNotificationEndpoints(app);
ReturnWorkflows.Server.Cases.CaseEndpoints.MapCaseEndpoints(app);
ReturnWorkflows.Server.Travel.FlightEndpoints.MapFlightEndpoints(app);
ReturnWorkflows.Server.Outreach.InformationSessionEndpoints.MapInformationSessionEndpoints(app);
ReturnWorkflows.Server.Reports.FunnelEndpoints.MapFunnelEndpoints(app);
ReturnWorkflows.Server.Cases.ReferenceDataEndpoints.MapReferenceDataEndpoints(app);
ReturnWorkflows.Server.Identity.Users.UserAccountEndpoints.MapUserAccountEndpoints(app);
ReturnWorkflows.Server.Designer.DefinitionHistoryEndpoints.MapDefinitionHistoryEndpoints(app);
ReturnWorkflows.Server.Operations.OperationsEndpoints.MapOperationsEndpoints(app);
if (schedulingOptions.Enabled) ReturnWorkflows.Server.Operations.JobsDashboard.MapJobsDashboard(app);
app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
