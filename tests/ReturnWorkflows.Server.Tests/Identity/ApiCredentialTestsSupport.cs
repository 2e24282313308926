using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Tests.Identity;

public static class ApiCredentialTestsSupport
{
    /// <summary>Stores a new API key with <paramref name="role"/> and returns the key itself.</summary>
    public static async Task<string> NewStoredKey(ServerFactory server, string role, string office = "BA-SJJ")
    {
        var key = ApiKeyHashing.NewKey();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReturnWorkflowsDbContext>();
        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.NewGuid().ToString("N"), Name = $"{role} key", KeyHash = ApiKeyHashing.Hash(key), Prefix = key[..ApiKeyHashing.PrefixLength],
            Role = role, Office = office, CreatedBy = "test", CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return key;
    }
}
