using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Documents;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Infrastructure.Documents;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Infrastructure.Tests;

/// <summary>
/// The documents' vault: AES-GCM files that give back exactly what was put, hold none of it in plain text, refuse a
/// changed byte, a file moved to another document's id or another key; and whose writes follow the unit of work
/// (removed on rollback) and whose deletions wait for the commit.
/// </summary>
public sealed class DocumentVaultTests : IAsyncLifetime
{
    private static readonly byte[] Declaration = Encoding.UTF8.GetBytes("%PDF-1.4\nI, Amir Khan, wish to return voluntarily to Lahore.\n%%EOF");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"rw-vault-{Guid.NewGuid():N}");
    private readonly DocumentKey _key = DocumentKey.NewRandom();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() =>
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, configure: services => services.AddSingleton(new DocumentStorage(_folder, _key)));

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string FileOf(string id) => Path.Combine(_folder, id + ".rwdoc");

    private Task InScopeAsync(Func<IDocumentVault, IUnitOfWork, Task> work) => _database.InScopeAsync(scope =>
        work(scope.GetRequiredService<IDocumentVault>(), scope.GetRequiredService<IUnitOfWork>()));

    [Fact]
    public async Task What_is_put_comes_back_and_the_file_holds_none_of_it_in_plain_text()
    {
        await InScopeAsync(async (vault, _) =>
        {
            await vault.PutAsync("a1", Declaration, CancellationToken.None);
            Assert.Equal(Declaration, await vault.GetAsync("a1", CancellationToken.None));
        });

        var stored = await File.ReadAllBytesAsync(FileOf("a1"));
        Assert.Equal(5 + 1 + 8 + 12 + 16 + Declaration.Length, stored.Length); // header, nonce, tag, ciphertext
        Assert.Equal("RWDOC"u8.ToArray(), stored[..5]);
        var asText = Encoding.UTF8.GetString(stored);
        Assert.DoesNotContain("Amir Khan", asText);
        Assert.DoesNotContain("%PDF", asText);
        // A random nonce per file: the same content twice is two different files.
        await InScopeAsync((vault, _) => vault.PutAsync("a2", Declaration, CancellationToken.None));
        Assert.NotEqual(stored[14..], (await File.ReadAllBytesAsync(FileOf("a2")))[14..]);
    }

    [Fact]
    public async Task A_changed_byte_a_file_moved_to_another_id_or_another_key_is_refused()
    {
        await InScopeAsync(async (vault, _) =>
        {
            await vault.PutAsync("b1", Declaration, CancellationToken.None);
            await vault.PutAsync("b2", Encoding.UTF8.GetBytes("%PDF-1.4 other"), CancellationToken.None);
        });
        var original = await File.ReadAllBytesAsync(FileOf("b1"));

        var tampered = original.ToArray();
        tampered[^3] ^= 0x01;
        await File.WriteAllBytesAsync(FileOf("b1"), tampered);
        var changed = await Assert.ThrowsAsync<DocumentUnreadableException>(() => InScopeAsync((vault, _) => vault.GetAsync("b1", CancellationToken.None)));
        Assert.Contains("was changed", changed.Message);

        // Swapped: b1's file under b2's name does not pass for b2 (the id is associated data).
        await File.WriteAllBytesAsync(FileOf("b2"), original);
        await Assert.ThrowsAsync<DocumentUnreadableException>(() => InScopeAsync((vault, _) => vault.GetAsync("b2", CancellationToken.None)));

        await File.WriteAllBytesAsync(FileOf("b1"), original);
        var otherKey = await Assert.ThrowsAsync<DocumentUnreadableException>(() =>
            Task.FromResult(EncryptedDocumentFile.Decrypt(DocumentKey.NewRandom(), "b1", original)));
        Assert.Contains("another key", otherKey.Message);
        Assert.Equal(Declaration, EncryptedDocumentFile.Decrypt(_key, "b1", original));
    }

    [Fact]
    public async Task A_file_written_in_a_rolled_back_unit_of_work_is_gone_and_a_deletion_waits_for_the_commit()
    {
        await InScopeAsync(async (vault, unitOfWork) =>
        {
            await using (await unitOfWork.BeginAsync(CancellationToken.None))
                await vault.PutAsync("c1", Declaration, CancellationToken.None); // no commit: rolled back
            Assert.False(File.Exists(FileOf("c1")));

            await using (var scope = await unitOfWork.BeginAsync(CancellationToken.None))
            {
                await vault.PutAsync("c2", Declaration, CancellationToken.None);
                await scope.CommitAsync(CancellationToken.None);
            }
            Assert.True(File.Exists(FileOf("c2")));

            await using (await unitOfWork.BeginAsync(CancellationToken.None))
                vault.Delete("c2"); // rolled back: the document keeps its content
            Assert.Equal(Declaration, await vault.GetAsync("c2", CancellationToken.None));

            await using (var scope = await unitOfWork.BeginAsync(CancellationToken.None))
            {
                vault.Delete("c2");
                Assert.True(File.Exists(FileOf("c2")), "deleted before the commit");
                await scope.CommitAsync(CancellationToken.None);
            }
            Assert.False(File.Exists(FileOf("c2")));
        });
    }

    [Fact]
    public async Task An_id_that_could_leave_the_folder_is_refused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => InScopeAsync((vault, _) => vault.PutAsync("../x", Declaration, CancellationToken.None)));
}
