using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Localization;

namespace ReturnWorkflows.Server.Tests.Localization;

/// <summary>
/// The one translation point of refusals, on the server's real resources: a text found as it is, a template's values
/// carried over (and a phrase among them translated), nothing changed in English, for an unknown text or the second
/// time; a refusal keeps its type and field names. FluentValidation's own default messages are Serbian by themselves.
/// </summary>
public sealed class RefusalWordingTests
{
    private readonly RefusalWording _wording = new(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    [Fact]
    public void A_text_and_a_template_with_its_values_are_translated_and_english_stays_english()
    {
        InCulture("sr-Latn-RS", () =>
        {
            Assert.Equal("Kontakt je u budućnosti.", _wording.Word("The contact lies in the future."));
            Assert.Equal("Zadatak „t-42” ne postoji.", _wording.Word("Task 't-42' does not exist."));
            Assert.Equal("„x” nije ishod ovog zadatka; izaberite jedan od: Approved, Refused.",
                _wording.Word("'x' is not an outcome of this task; choose one of: Approved, Refused."));
            // The unmet gates carried into the sentence are phrases of their own.
            Assert.Equal("Odobrenje ispunjenosti uslova još ne može da se zabeleži: procena zaštite nije obavljena; niko nije predložio ispunjenost uslova.",
                _wording.Word("Eligibility approval cannot be recorded yet: the protection screen is not done; nobody has proposed eligibility."));
            var once = _wording.Word("Task 't-42' does not exist.");
            Assert.Equal(once, _wording.Word(once));
            Assert.Equal("Something nobody translated.", _wording.Word("Something nobody translated."));
        });
        InCulture("en", () => Assert.Equal("Task 't-42' does not exist.", _wording.Word("Task 't-42' does not exist.")));
    }

    [Fact]
    public void A_reworded_refusal_keeps_its_type_kind_and_field_names()
    {
        InCulture("sr-Latn-RS", () =>
        {
            var missing = new NotFoundException("taskId", "Task 't-1' does not exist.");
            _wording.Reword(missing);
            Assert.Equal("Zadatak „t-1” ne postoji.", missing.Message);
            Assert.Equal(["taskId"], missing.Errors.Keys);
            Assert.Equal(FailureKind.NotFound, missing.Kind);

            var invalid = new CommandValidationException(new Dictionary<string, string[]>
            {
                ["countryOfReturn"] = ["Give the country of return as a two-letter code."],
            });
            _wording.Reword(invalid);
            Assert.Equal("Navedite zemlju povratka dvoslovnom oznakom.", invalid.Errors["countryOfReturn"][0]);
            Assert.Equal("Zahtev nije ispravan: Navedite zemlju povratka dvoslovnom oznakom.", invalid.Message);
        });
    }

    [Fact]
    public void Every_serbian_entry_carries_the_placeholders_of_its_english_key()
    {
        var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        InCulture("sr-Latn-RS", () =>
        {
            var entries = localizers.Create(typeof(ApiMessages)).GetAllStrings(false).Concat(localizers.Create(typeof(SharedResource)).GetAllStrings(false)).ToList();
            Assert.True(entries.Count > 300, $"{entries.Count} entries");
            var wrong = entries.Where(e => !Placeholders(e.Name).SetEquals(Placeholders(e.Value))).Select(e => $"{e.Name} → {e.Value}").ToList();
            Assert.True(wrong.Count == 0, "Placeholders differ:\n" + string.Join("\n", wrong));
        });
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();

    [Fact]
    public void Fluent_validations_default_messages_are_serbian_in_a_serbian_request()
    {
        var validator = new InlineValidator<Named>();
        validator.RuleFor(n => n.Name).NotEmpty();
        InCulture("sr-Latn-RS", () => Assert.DoesNotContain("must not be empty", validator.Validate(new Named("")).Errors[0].ErrorMessage));
        InCulture("en", () => Assert.Contains("must not be empty", validator.Validate(new Named("")).Errors[0].ErrorMessage));
    }

    public sealed record Named(string Name);

    private static void InCulture(string culture, Action check)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            check();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}
