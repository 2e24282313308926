// The Studio's "New workflow" dialog opens with its Name field filled with a made-up "Workflow 1", and a manager who
// clicks into it and types ends up with "Workflow 1Return planning". We empty and focus the field instead: the
// Studio's own check ("Please enter a name for the workflow.") then asks for a real name.
(() => {
  const suggested = /^Workflow \d+$/;

  function nameField(dialog) {
    const control = [...dialog.querySelectorAll(".mud-input-control")]
      .find(c => c.querySelector("label")?.textContent.trim() === "Name");
    return control?.querySelector("input") ?? null;
  }

  function emptySuggestedName(dialog) {
    const input = nameField(dialog);
    if (!input || input.dataset.rwEmptied || !suggested.test(input.value)) return;
    input.dataset.rwEmptied = "true";
    input.value = "";
    // MudBlazor binds the field on change: tell Blazor the value is now empty.
    input.dispatchEvent(new Event("change", { bubbles: true }));
    input.focus();
  }

  new MutationObserver(() => {
    for (const dialog of document.querySelectorAll(".mud-dialog"))
      if (dialog.querySelector(".mud-dialog-title")?.textContent.includes("New workflow")) emptySuggestedName(dialog);
  }).observe(document.body, { childList: true, subtree: true });
})();
