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

    private static readonly FormDefinition Documents = new("documents", "Documents",
    [
        new FormField("persons", "Documents", FormFieldType.PersonRows, Required: true, Columns:
        [
            new FormField("number", "Document number", FormFieldType.Text, Required: true, MaxLength: 10),
            new FormField("consented", "Consents", FormFieldType.Boolean),
        ]),
    ]);

    [Fact]
    public void Person_rows_are_checked_row_by_row_and_named_by_their_place()
    {
        var fine = JsonNode.Parse("""{"persons":[{"personId":"p1","number":"P1","consented":true},{"personId":"p2","number":"P2"}]}""")!.AsObject();
        Assert.Empty(FormDataValidator.Validate(Documents, fine));

        var wrong = JsonNode.Parse("""{"persons":[{"personId":"p1","number":"far too long here"},{"personId":"p1","number":"P2","consented":"yes"},{"number":"P3","colour":"red"},7]}""")!.AsObject();
        var errors = FormDataValidator.Validate(Documents, wrong);

        Assert.Equal("Document number is longer than 10 characters.", errors["form.persons[0].number"].Single());
        Assert.Contains("repeats a person", errors["form.persons[1].personId"].Single());
        Assert.Equal("Consents must be true or false.", errors["form.persons[1].consented"].Single());
        Assert.Contains("must name its person", errors["form.persons[2].personId"].Single());
        Assert.Equal("'colour' is not a field of a row of Documents.", errors["form.persons[2].colour"].Single());
        Assert.Contains("must be an object", errors["form.persons[3]"].Single());
        Assert.Equal(6, errors.Count);
    }

    [Fact]
    public void Required_person_rows_need_a_row_and_must_be_a_list()
    {
        Assert.Equal("Documents is required.", FormDataValidator.Validate(Documents, JsonNode.Parse("""{"persons":[]}""")!.AsObject())["form.persons"].Single());
        Assert.Contains("must be a list", FormDataValidator.Validate(Documents, JsonNode.Parse("""{"persons":{"personId":"p1"}}""")!.AsObject())["form.persons"].Single());
    }
}
