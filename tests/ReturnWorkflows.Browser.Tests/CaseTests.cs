using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReturnWorkflows.Browser.Tests;

/// <summary>
/// A counsellor registers a family at intake, logs a call on the case page and finds the case again, by clicking and
/// typing in Chromium, on PostgreSQL.
/// </summary>
public sealed partial class CaseTests(DesignerServer server) : IClassFixture<DesignerServer>
{
    [Fact]
    public async Task A_counsellor_registers_a_family_of_three_and_finds_the_case_by_its_number()
    {
        var page = await server.SignInAsync("counsellor", 1600, 1000);
        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await Expect(page.GetByText("No cases yet")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Register a case" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register a case", Level = 1 })).ToBeVisibleAsync();

        // The case: the counsellor's office and the one programme are chosen already.
        await Expect(page.GetByLabel("Office")).ToHaveValueAsync("BA-SJJ");
        await page.GetByLabel("Country of return").SelectOptionAsync(new SelectOptionValue { Label = "Pakistan" });
        await page.GetByLabel("Language of the session").FillAsync("Urdu");
        await page.GetByLabel("Interpreter").FillAsync("Interpreter One");

        var principal = page.GetByRole(AriaRole.Group, new() { Name = "Principal applicant" });
        await FillPersonAsync(principal, "Amina", "Browser", "Female");
        await principal.GetByLabel("Date of birth").FillAsync("1990-05-01");
        await principal.GetByLabel("How it was given").SelectOptionAsync(new SelectOptionValue { Label = "Written" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a family member" }).ClickAsync();
        var spouse = page.GetByRole(AriaRole.Group, new() { Name = "Family member 1" });
        await FillPersonAsync(spouse, "Tariq", "Browser", "Male");
        await spouse.GetByLabel("Date of birth").FillAsync("1988-02-03");
        await spouse.GetByLabel("Relationship to the principal applicant").SelectOptionAsync(new SelectOptionValue { Label = "Spouse or partner" });
        await spouse.GetByLabel("How it was given").SelectOptionAsync(new SelectOptionValue { Label = "Verbally, certified by me" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a family member" }).ClickAsync();
        // What was typed before the second member was added is all still there.
        await Expect(principal.GetByLabel("Given names")).ToHaveValueAsync("Amina");
        await Expect(spouse.GetByLabel("Relationship to the principal applicant")).ToHaveValueAsync("Spouse");
        var child = page.GetByRole(AriaRole.Group, new() { Name = "Family member 2" });
        await FillPersonAsync(child, "Sara", "Browser", "Female");
        await child.GetByLabel("Or the estimated year of birth").FillAsync("2019");
        await child.GetByLabel("Relationship to the principal applicant").SelectOptionAsync(new SelectOptionValue { Label = "Child" });
        await child.GetByLabel("How it was given").SelectOptionAsync(new SelectOptionValue { Label = "Written" });

        // Enter in a field registers (it does not add a member): refused, a child consents through a guardian.
        await child.GetByLabel("Family name").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nothing was saved: correct the fields marked below.");
        await Expect(child.GetByText("The person is a child: their consent is given through their guardian; name the guardian.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Family member 3" })).ToHaveCountAsync(0);
        await Expect(child.GetByLabel("Or the estimated year of birth")).ToHaveValueAsync("2019");
        await Expect(spouse.GetByLabel("How it was given")).ToHaveValueAsync("VerbalCertified");
        await Screenshots.TakeAsync(page, "case-intake-refused", fullPage: true);
        await child.GetByLabel("Guardian").FillAsync("Amina Browser");
        await Screenshots.TakeAsync(page, "case-intake-family", fullPage: true);

        await page.GetByRole(AriaRole.Button, new() { Name = "Register the case", Exact = true }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync(CaseHeading());
        var number = (await heading.TextContentAsync())!["Case ".Length..];
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Case {number} is registered.");
        var people = page.GetByRole(AriaRole.Region, new() { Name = "People" }).Locator("tbody tr");
        await Expect(people).ToHaveCountAsync(3);
        await Expect(people.Nth(0)).ToContainTextAsync("Amina Browser");
        await Expect(people.Nth(1)).ToContainTextAsync("Tariq Browser");
        await Expect(people.Nth(2)).ToContainTextAsync("Sara Browser");
        await Expect(people.Nth(2)).ToContainTextAsync("about 2019 (estimated)");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Consents" })).ToContainTextAsync("Verbal, certified by the case worker");
        await Screenshots.TakeAsync(page, "case-page", fullPage: true);

        // A call to the spouse, logged from the case page: the time is filled in with the office's now.
        await Expect(page.GetByText("No contact logged yet.")).ToBeVisibleAsync();
        var contactForm = page.GetByRole(AriaRole.Form, new() { Name = "Log a contact" });
        await contactForm.GetByRole(AriaRole.Combobox, new() { Name = "Person", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tariq Browser" });
        await contactForm.GetByLabel("Channel").SelectOptionAsync(new SelectOptionValue { Label = "Phone" });
        await contactForm.GetByLabel("The person was reached").CheckAsync();
        await contactForm.GetByLabel("Note").FillAsync("Confirmed the counselling session");
        await contactForm.GetByRole(AriaRole.Button, new() { Name = "Log the contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The contact is logged.");
        var contacts = page.GetByRole(AriaRole.Region, new() { Name = "Contacts, newest first" }).Locator("tbody tr");
        await Expect(contacts).ToHaveCountAsync(1);
        await Expect(contacts.Nth(0)).ToContainTextAsync("Tariq Browser");
        await Expect(contacts.Nth(0)).ToContainTextAsync("Confirmed the counselling session");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.GetByLabel("Case number or name").FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Amina Browser");
        await Screenshots.TakeAsync(page, "case-list-search");

        // The filters, as a counsellor uses them: the family has no recorded vulnerability and nothing overdue yet.
        await page.GetByLabel("Vulnerability").SelectOptionAsync(new SelectOptionValue { Label = "Disability" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByText("No case matches")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = "Suspected victim of trafficking" })).ToHaveCountAsync(0); // not for a counsellor
        await page.GetByLabel("Vulnerability").SelectOptionAsync(new SelectOptionValue { Label = "Any" });
        await page.GetByLabel("Only cases with an overdue task").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByText("No case matches")).ToBeVisibleAsync();
        await page.GetByLabel("Only cases with an overdue task").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(heading).ToHaveTextAsync($"Case {number}");
    }

    private static async Task FillPersonAsync(ILocator person, string given, string family, string sex)
    {
        await person.GetByLabel("Given names").FillAsync(given);
        await person.GetByLabel("Family name").FillAsync(family);
        await person.GetByLabel("Sex").SelectOptionAsync(new SelectOptionValue { Label = sex });
        await person.GetByLabel("Nationality").FillAsync("PK");
        await person.GetByLabel("Languages they understand").FillAsync("Urdu, English");
        await person.GetByLabel("Has given their consent").CheckAsync();
    }

    [GeneratedRegex(@"^Case BA-SJJ-\d{4}-\d{5}$")]
    private static partial Regex CaseHeading();
}
