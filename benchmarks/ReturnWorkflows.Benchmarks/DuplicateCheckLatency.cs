using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Duplicates;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.ReferenceData.Commands;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Testing;

namespace ReturnWorkflows.Benchmarks;

/// <summary>
/// The intake's duplicate check with many persons on file, on SQLite and PostgreSQL: the real query (CheckDuplicate
/// through MediatR and EF Core, its audit rows and log row written and committed) against persons spread over the six
/// host offices, with common names repeated as they are in practice, asked for a variant spelling that matches and for
/// one that does not.
/// </summary>
internal static class DuplicateCheckLatency
{
    private const int PersonsPerCase = 5;
    private const int Rounds = 500;

    private static readonly string[] Given =
    [
        "Muhammad", "Mohammed", "Ahmad", "Ali", "Hassan", "Hussein", "Omar", "Yusuf", "Abdul Rahman", "Abdullah", "Khalid", "Tariq",
        "Bilal", "Imran", "Farid", "Jamal", "Karim", "Nasir", "Rashid", "Samir", "Walid", "Zaid", "Reza", "Mehdi", "Amir", "Javad",
        "Fatima", "Aisha", "Zainab", "Maryam", "Khadija", "Amina", "Sara", "Layla", "Nadia", "Samira", "Hana", "Yasmin", "Rana", "Shirin",
    ];

    private static readonly string[] Family =
    [
        "Khan", "Ahmadi", "Rahimi", "Karimi", "Hosseini", "Mohammadi", "Nouri", "Haidari", "Sultani", "Amiri", "Rezaei", "Qureshi",
        "Malik", "Shah", "Butt", "Chaudhry", "Iqbal", "Javed", "Hussain", "Akhtar", "Aziz", "Baig", "Bhatti", "Dar", "Farooq", "Ghani",
        "Habibi", "Jafari", "Kazemi", "Latifi", "Mirza", "Naseri", "Osmani", "Popal", "Qaderi", "Rasuli", "Sadeghi", "Tahiri", "Usmani",
        "Wardak", "Yousefi", "Zamani", "Alaoui", "Benali", "Chraibi", "El Idrissi", "Haddad", "Mansour", "Saleh", "Hamdan",
    ];

    // Pakistan and Afghanistan as most of the region's caseload, then the other usual countries of origin.
    private static readonly string[] Nationalities = ["PK", "PK", "PK", "AF", "AF", "AF", "IQ", "IR", "MA", "DZ", "BD", "EG", "SY", "TN"];

    private static readonly string[] HostOffices = ["AL-TIA", "BA-SJJ", "XK-PRN", "ME-TGD", "MK-SKP", "RS-BEG"];

    public static async Task RunAsync(int persons, string providers)
    {
        foreach (var provider in providers.Split(',').Select(Enum.Parse<DatabaseProvider>))
            await RunAsync(provider, persons);
    }

    private static async Task RunAsync(DatabaseProvider provider, int persons)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.SendAsync(new SeedReferenceData("manager"));
        var clock = Stopwatch.StartNew();
        await SeedAsync(database, provider, persons);
        Console.WriteLine($"{provider}: {persons} persons in {persons / PersonsPerCase} cases over {HostOffices.Length} offices written in {clock.Elapsed.TotalSeconds:F1} s");

        var viewer = new CaseViewer("bench.counsellor", [Roles.Counsellor], "BA-SJJ");
        // Seeded as "Mohammed" "Khan" PK among others; asked for swapped and spelt otherwise, with an estimated year.
        var known = new CheckDuplicate(viewer, "Khan", "Muhammad", null, 1990, "PK");
        var unknown = new CheckDuplicate(viewer, "Zlatan", "Kovačević", new DateOnly(1990, 1, 1), null, "PK");
        for (var i = 0; i < 20; i++)
        {
            await database.SendAsync(known);
            await database.SendAsync(unknown);
        }
        foreach (var (name, query, expected) in new[] { ("a variant that matches", known, true), ("a name nobody has", unknown, false) })
        {
            var timings = new List<double>(Rounds);
            for (var i = 0; i < Rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                var answer = await database.SendAsync(query);
                timings.Add(watch.Elapsed.TotalMilliseconds);
                if (answer.PossibleMatch != expected) throw new InvalidOperationException($"The check for {name} answered {answer.PossibleMatch}.");
            }
            Console.WriteLine($"{provider}: duplicate check, {name} (includes the scope, MediatR, EF Core, the audit and the commit): {Percentiles.Summary(timings, "ms")}");
        }
        var matched = await database.InScopeAsync(scope => scope.GetRequiredService<ReturnWorkflowsDbContext>().Set<Cases.Model.Person>()
            .CountAsync(p => p.NameKey == NameKey.For("Mohammed", "Khan") && p.Nationality == "PK"));
        Console.WriteLine($"{provider}: persons on file with the key of Mohammed Khan, PK (any year): {matched}");
    }

    /// <summary>Rows written as SQL in batches (EF Core would take minutes); keys computed by the same NameKey as the commands.</summary>
    private static async Task SeedAsync(TestDatabase database, DatabaseProvider provider, int persons)
    {
        var random = new Random(250_000);
        var pg = provider == DatabaseProvider.PostgreSql;
        string Timestamp(DateTime at) => pg ? $"'{at:yyyy-MM-ddTHH:mm:ss}Z'" : $"'{at:yyyy-MM-dd HH:mm:ss}'";
        var now = Timestamp(DateTime.UtcNow);
        var languages = pg ? "ARRAY['Urdu']" : "'[\"Urdu\"]'";
        string Bool(bool value) => pg ? (value ? "true" : "false") : (value ? "1" : "0");

        await database.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<ReturnWorkflowsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            const int batch = 1000; // persons per statement, a multiple of PersonsPerCase
            for (var first = 0; first < persons; first += batch)
            {
                var cases = new StringBuilder("INSERT INTO cases (id, number, host_office, number_year, number_sequence, country_of_return, programme_id, status, created_at, created_by, updated_at, updated_by, version) VALUES ");
                var people = new StringBuilder("INSERT INTO case_persons (id, case_id, is_principal, position, given_names, family_name, date_of_birth, estimated_birth_year, sex, nationality, languages, relationship, created_at, name_key, birth_year) VALUES ");
                for (var n = first; n < Math.Min(first + batch, persons); n++)
                {
                    var caseNumber = n / PersonsPerCase;
                    var position = n % PersonsPerCase;
                    if (position == 0)
                    {
                        var office = HostOffices[caseNumber % HostOffices.Length];
                        cases.Append(CultureInfo.InvariantCulture, $"('bench-case-{caseNumber}', '{office}-2026-{caseNumber:D6}', '{office}', 2026, {caseNumber}, 'PK', '{DefaultReferenceData.DemoProgrammeId}', 'Open', {now}, 'bench', {now}, 'bench', 1),");
                    }
                    var given = Given[random.Next(Given.Length)];
                    var family = Family[random.Next(Family.Length)];
                    var nationality = Nationalities[random.Next(Nationalities.Length)];
                    var year = 1960 + random.Next(50);
                    if (n == persons / 2) (given, family, nationality, year) = ("Mohammed", "Khan", "PK", 1990); // the one the check looks for
                    var withDate = random.Next(2) == 0;
                    var born = withDate ? $"'{year:D4}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}'" : "NULL";
                    people.Append(CultureInfo.InvariantCulture,
                        $"('bench-person-{n}', 'bench-case-{caseNumber}', {Bool(position == 0)}, {position}, '{given}', '{family}', {born}, {(withDate ? "NULL" : year.ToString(CultureInfo.InvariantCulture))}, 'Male', '{nationality}', {languages}, '{(position == 0 ? "PrincipalApplicant" : "OtherRelative")}', {now}, '{NameKey.For(given, family)}', {year}),");
                }
                if (cases[^1] == ',') await db.Database.ExecuteSqlRawAsync(cases.ToString().TrimEnd(','));
                await db.Database.ExecuteSqlRawAsync(people.ToString().TrimEnd(','));
            }
            await transaction.CommitAsync();
            await db.Database.ExecuteSqlRawAsync(pg ? "ANALYZE case_persons" : "ANALYZE");
        });
    }
}
