// The Studio's Outcomes editor (a chip field) ends an outcome at a space: typing "Decided to return" made three
// outcomes, and letters typed while a chip was being made were lost. In that field a space is typed as a
// non-breaking space, which the chip field keeps inside the name; the server stores it as a plain space
// (ElsaApi/Definitions/NonBreakingSpaces.cs). Enter or Tab still ends an outcome.
(() => {
  function isOutcomesField(target) {
    if (!(target instanceof HTMLInputElement)) return false;
    const label = target.closest(".mud-input-control")?.querySelector("label");
    return label?.textContent.trim() === "Outcomes";
  }

  // On window, in the capture phase: before Blazor's own keydown handling sees the space.
  window.addEventListener("keydown", event => {
    if (event.key !== " " || event.ctrlKey || event.altKey || event.metaKey || !isOutcomesField(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // insertText fires the same input event typing does, so Blazor reads the new text.
    document.execCommand("insertText", false, "\u00a0");
  }, true);
})();
