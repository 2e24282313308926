// Keeps the designer's API token fresh. Studio's elements read their token once, when they start; a new
// <elsa-backend-provider> element with a fresh token is what makes later calls use it.
(() => {
  const config = JSON.parse(document.getElementById("rw-designer-config").textContent);
  const status = document.getElementById("rw-designer-status");
  let expiresAt = Date.parse(config.expiresAt);

  function show(message) {
    status.textContent = message;
    status.hidden = !message;
  }

  async function renew() {
    try {
      const response = await fetch("/account/access-token", { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) throw new Error(response.status);
      const token = await response.json();
      const provider = document.createElement("elsa-backend-provider");
      provider.setAttribute("remote-endpoint", config.apiBase);
      provider.setAttribute("access-token", token.accessToken);
      provider.hidden = true;
      document.body.appendChild(provider);
      expiresAt = Date.parse(token.expiresAt);
      show("");
    } catch {
      show("Your session has ended or the server cannot be reached: changes cannot be saved. Sign in again in another tab, then keep working here.");
    }
    schedule();
  }

  function schedule() {
    // Renew when two thirds of the lifetime are gone (at least every 10 s when it is already short).
    const wait = Math.max(10000, (expiresAt - Date.now()) * 2 / 3);
    setTimeout(renew, wait);
  }

  schedule();

  // What a 403 means depends on what was asked: a run is not a save.
  function refusalOf(url) {
    const path = new URL(url).pathname;
    if (/\/workflow-definitions\/[^/]+\/execute$/.test(path)) return "Not started: only programme managers may run workflows.";
    if (path.includes("/workflow-instances")) return "Not done: your role may not cancel or delete workflow instances.";
    return "Not saved: your role may not change workflows.";
  }

  // The Studio shows a refused save only as an orange dot. Watch its calls (Blazor's HttpClient uses fetch) and say
  // plainly when a save was refused: a colleague saved first (409), the session ended (401) or the role forbids it (403).
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    const method = (init && init.method) || (input instanceof Request ? input.method : "GET");
    const url = typeof input === "string" ? input : input.url;
    if (method !== "GET" && url.startsWith(config.apiBase) && [401, 403, 409].includes(response.status)) {
      let detail = "";
      try { detail = (await response.clone().json()).detail || ""; } catch { }
      show(response.status === 409 ? "Not saved: " + detail
        : response.status === 401 ? "Not done: your session has ended. Sign in again in another tab, then keep working here."
        : refusalOf(url));
    }
    return response;
  };
})();
