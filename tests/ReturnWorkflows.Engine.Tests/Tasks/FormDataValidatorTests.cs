using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Tasks.Forms;

namespace ReturnWorkflows.Engine.Tests.Tasks;

public sealed class FormDataValidatorTests
{
    private static readonly FormDefinition Form = new("decision", "Decision",
    [
        new FormField("decision", "Decision", FormFieldType.Choice, Required: true, Options: ["Return", "Declined"]),
        new FormField("decidedOn", "Date of decision", FormFieldType.Date, Required: true),
        new FormField("signed", "Declaration signed", FormFieldType.Boolean),
        new FormField("withdrawalExplained", "Right to withdraw explained", FormFieldType.Boolean, Required: true),
        new FormField("score", "Score", FormFieldType.Number),
        new FormField("notes", "Notes", FormFieldType.Text, MaxLength: 5),
    ]);

    [Fact]
    public void Valid_data_passes()
    {
        var data = JsonNode.Parse("""{"decision":"Return","decidedOn":"2026-11-21","signed":false,"withdrawalExplained":true,"score":0.5,"notes":"ok"}""")!.AsObject();

        Assert.Empty(FormDataValidator.Validate(Form, data));
    }

    [Fact]
    public void Each_wrong_field_is_named_with_what_is_wrong()
    {
        var data = JsonNode.Parse("""{"decision":"Maybe","decidedOn":"  ","signed":"yes","score":"high","notes":"too long","other":1}""")!.AsObject();

        var errors = FormDataValidator.Validate(Form, data);

        Assert.Equal("Decision must be one of: Return, Declined.", errors["form.decision"].Single());
        Assert.Equal("Date of decision is required.", errors["form.decidedOn"].Single());
        Assert.Equal("Declaration signed must be true or false.", errors["form.signed"].Single());
        Assert.Equal("Score must be a number.", errors["form.score"].Single());
        Assert.Equal("Notes is longer than 5 characters.", errors["form.notes"].Single());
        Assert.Equal("'other' is not a field of the form 'decision'.", errors["form.other"].Single());
    }

    [Fact]
    public void Missing_data_fails_only_the_required_fields()
    {
        var errors = FormDataValidator.Validate(Form, null);

        Assert.Equal(["form.decidedOn", "form.decision", "form.withdrawalExplained"], errors.Keys.Order());
    }

    [Fact]
    public void A_required_tick_box_must_be_ticked_and_an_optional_one_may_stay_empty()
    {
        var unticked = JsonNode.Parse("""{"decision":"Return","decidedOn":"2026-11-21","signed":false,"withdrawalExplained":false}""")!.AsObject();

        var errors = FormDataValidator.Validate(Form, unticked);

        Assert.Equal("Right to withdraw explained must be ticked.", Assert.Single(errors).Value.Single());
        Assert.Equal("form.withdrawalExplained", errors.Keys.Single());
    }

    [Fact]
    public void Data_for_an_unknown_form_is_kept_unchecked_but_bounded()
    {
        Assert.Empty(FormDataValidator.Validate(null, new JsonObject { ["anything"] = "goes" }));
        var huge = new JsonObject { ["text"] = new string('x', FormDataValidator.MaxUnstructuredBytes) };
        Assert.Contains("larger than", FormDataValidator.Validate(null, huge)["form"].Single());
    }
}
