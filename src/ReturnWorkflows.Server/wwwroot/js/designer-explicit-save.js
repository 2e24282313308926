// The Studio sends the same request when it auto-saves and when the person presses Save, so the history could not
// keep a Save as a point of its own. When the Save button is pressed, the next save request carries a header saying
// so (Designer/ExplicitSave.cs reads it); auto-saves stay unmarked.
(() => {
  // The Save button is an icon button with Material's "Save" icon; it has no text or label to find it by.
  const saveIcon = 'svg path[d^="M17 3H5c-1.11 0-2 .9-2 2v14"]';
  const header = "X-ReturnWorkflows-Save";
  let pressedAt = 0;

  window.addEventListener("click", event => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (button && button.querySelector(saveIcon)) pressedAt = Date.now();
  }, true);

  function isSave(method, url) {
    return method === "POST" && new URL(url, location.href).pathname.endsWith("/workflow-definitions");
  }

  const originalFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const method = ((init && init.method) || (input instanceof Request ? input.method : "GET")).toUpperCase();
    const url = typeof input === "string" ? input : input.url;
    // The press's own request follows within moments; a later one is an auto-save again.
    if (pressedAt && Date.now() - pressedAt < 5000 && isSave(method, url)) {
      pressedAt = 0;
      const headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
      headers.set(header, "explicit");
      init = { ...(init || {}), headers };
    }
    return originalFetch(input, init);
  };
})();
