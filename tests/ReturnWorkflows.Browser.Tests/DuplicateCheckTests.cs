using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// The duplicate check as a counsellor meets it: typing a person Belgrade already knows, spelt otherwise, into the
/// intake page shows the notice naming Belgrade's office as soon as the row is filled, before anything is sent.
/// </summary>
public sealed class DuplicateCheckTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_typing_a_known_persons_variant_name_sees_which_office_to_contact()
    {
        await using (var scope = server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new OpenCase(
                new CaseViewer("counsellor.belgrade", [Roles.Counsellor], "RS-BEG"), "RS-BEG", "PK", DefaultReferenceData.DemoProgrammeId,
                new NewPerson(new PersonDetails("Yusuf", "Demirović", null, new DateOnly(1992, 4, 10), null, Sex.Male, "PK", ["Urdu"], Relationship.PrincipalApplicant),
                    new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.Written, "Urdu", null, null)), []));

        var page = await server.SignInAsync("counsellor", 1400, 1000);
        await page.GotoAsync($"{server.BaseUrl}/cases/new");
        var principal = page.GetByRole(AriaRole.Group, new() { Name = "Principal applicant" });
        var notice = principal.GetByText("A person like this may already be known to");
        await principal.GetByLabel("Given names").FillAsync("Demirovic");  // given and family name swapped,
        await principal.GetByLabel("Family name").FillAsync("Jusuf");       // and spelt the Bosnian way
        await principal.GetByLabel("Nationality").FillAsync("PK");
        await Expect(notice).ToBeHiddenAsync(); // no year yet: nothing to compare
        await principal.GetByLabel("Or the estimated year of birth").FillAsync("1991");
        await principal.GetByLabel("Sex").FocusAsync(); // leaving the field asks

        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("(RS-BEG): contact them before opening the case.");
        await Expect(principal.GetByText("Demirović")).ToHaveCountAsync(0);
        await Expect(principal.GetByLabel("Not the same person: I checked with them")).Not.ToBeCheckedAsync();
        await Screenshots.TakeAsync(page, "case-intake-duplicate-notice", fullPage: true);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Another nationality: the notice goes away again.
        await principal.GetByLabel("Nationality").FillAsync("AF");
        await principal.GetByLabel("Sex").FocusAsync();
        await Expect(notice).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Adding_a_family_member_on_the_case_page_shows_which_office_knows_someone_like_them()
    {
        string caseId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(Intake(new CaseViewer("counsellor.belgrade", [Roles.Counsellor], "RS-BEG"), "RS-BEG", "Hossein", "Karimzadeh", 1987));
            caseId = (await mediator.Send(Intake(new CaseViewer("counsellor", [Roles.Counsellor], "BA-SJJ"), "BA-SJJ", "Zahra", "Karimzadeh", 1990))).CaseId;
        }

        var page = await server.SignInAsync("counsellor", 1400, 1000);
        await page.GotoAsync($"{server.BaseUrl}/cases/{caseId}");
        await page.GetByText("Add a family member").ClickAsync();
        var member = page.GetByRole(AriaRole.Group, new() { Name = "New family member" });
        var notice = member.GetByText("A person like this may already be known to");
        await member.GetByLabel("Given names").FillAsync("Husain"); // spelt otherwise than in Belgrade
        await member.GetByLabel("Family name").FillAsync("Karimzadeh");
        await member.GetByLabel("Nationality").FillAsync("AF");
        await member.GetByLabel("Or the estimated year of birth").FillAsync("1988");
        await member.GetByLabel("Sex").FocusAsync(); // leaving the field asks

        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("(RS-BEG)");
        await Expect(member.GetByText("Hossein")).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static OpenCase Intake(CaseViewer viewer, string office, string given, string family, int year) => new(
        viewer, office, "AF", DefaultReferenceData.DemoProgrammeId,
        new NewPerson(new PersonDetails(given, family, null, null, year, Sex.Male, "AF", ["Dari"], Relationship.PrincipalApplicant),
            new ConsentStatement(ConsentKind.DataProcessing, ConsentDecision.Given, ConsentMethod.Written, "Dari", null, null)), []);
}
