using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Definitions.Validation;

namespace ReturnWorkflows.Server.Tests;

/// <summary>Refused commands reach clients as problem details naming the field.</summary>
public sealed class ProblemDetailsTests : IDisposable
{
    private readonly string _database = ServerFactory.NewSqliteDatabase();

    public void Dispose() => ServerFactory.DeleteSqlite(_database);

    [Fact]
    public async Task Each_kind_of_refusal_gets_its_status_and_the_fields_at_fault()
    {
        await using var server = new ServerFactory(ServerFactory.Sqlite(_database));
        server.CreateClient().Dispose();

        var invalid = await WriteAsync(server, new WorkflowValidationException([new("root.activities[cron1].cronExpression", "Activity 'Cron1' (cron1) has a bad cron expression.", "cron1")]));
        var missing = await WriteAsync(server, new NotFoundException("definitionId", "No workflow definition 'x' exists."));
        var conflict = await WriteAsync(server, new ConflictException("idempotencyKey", "This idempotency key was already used for a different request."));

        Assert.Equal(400, invalid.Status);
        Assert.Equal("Activity 'Cron1' (cron1) has a bad cron expression.", (string?)invalid.Body["errors"]!["root.activities[cron1].cronExpression"]![0]);
        Assert.Equal(404, missing.Status);
        Assert.NotNull(missing.Body["errors"]!["definitionId"]);
        Assert.Equal(409, conflict.Status);
        Assert.Equal("Conflict", (string?)conflict.Body["title"]);
    }

    private static async Task<(int Status, JsonNode Body)> WriteAsync(ServerFactory server, Exception exception)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Response.Body = new MemoryStream();
        var handled = false;
        foreach (var handler in scope.ServiceProvider.GetServices<IExceptionHandler>())
            handled |= await handler.TryHandleAsync(context, exception, CancellationToken.None);
        Assert.True(handled);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, JsonNode.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync())!);
    }
}
