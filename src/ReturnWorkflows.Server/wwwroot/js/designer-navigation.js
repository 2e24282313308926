// Makes the Studio's own navigation work inside our host pages, which serve each Studio page under /designer/ as a
// page of its own (Host.cshtml) rather than as routes of one Blazor app. Three things stood in the way:
//  - Studio's custom elements do not navigate themselves: the definition list, the instance list and the instance
//    viewer call an event (EditWorkflowDefinition, ViewWorkflowInstance) and do nothing when no one listens. We listen
//    and load the page the Studio means.
//  - Where the Studio does navigate (Run opens the instance viewer, "Save as" opens the copy), it calls Blazor's
//    NavigationManager, which only changes the address (history.pushState): without a Blazor router nothing redraws.
//    A move to another page is made a real page load.
//  - A few of its links are written from the site root (/workflows/definitions/{id}/edit), ignoring <base href>: they
//    are given our prefix before the browser follows them.
(() => {
  const base = new URL(document.baseURI); // <base href="/designer/"> on the host page

  function studioPage(relativePath) {
    return new URL(relativePath, base).href;
  }

  function openDefinition(definitionId) {
    location.assign(studioPage(`workflows/definitions/${encodeURIComponent(definitionId)}/edit`));
  }

  function openInstance(instanceId) {
    location.assign(studioPage(`workflows/instances/${encodeURIComponent(instanceId)}/view`));
  }

  // The elements' event parameters are properties taking a function once Blazor has defined the element.
  const listeners = {
    "elsa-workflow-definition-list": { editWorkflowDefinition: openDefinition },
    "elsa-workflow-instance-list": { viewWorkflowInstance: openInstance },
    "elsa-workflow-instance-viewer": { editWorkflowDefinition: openDefinition },
  };
  for (const [elementName, events] of Object.entries(listeners)) {
    customElements.whenDefined(elementName).then(() => {
      for (const element of document.querySelectorAll(elementName))
        Object.assign(element, events);
    });
  }

  // Blazor's NavigateTo: a new path is another host page, so load it; a changed query (a list's paging) stays put.
  const pushState = history.pushState.bind(history);
  history.pushState = (state, unused, url) => {
    const target = url == null ? null : new URL(url, location.href);
    if (target && target.pathname !== location.pathname) {
      location.assign(target.href);
      return;
    }
    pushState(state, unused, url);
  };

  // Links the Studio writes from the site root: "/workflows/…" becomes "/designer/workflows/…" (our own pages live
  // under /workflows/{id}/history, which has no "definitions" or "instances" segment, and are left alone).
  const rootStudioLink = /^\/workflows\/(definitions|instances)\//;
  function fixLink(event) {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || link.origin !== location.origin || !rootStudioLink.test(link.pathname)) return;
    link.href = studioPage(link.pathname.slice(1) + link.search + link.hash);
  }
  // Before the browser reads the href: on pointing (so the status bar and "copy link" are right too), focus and click.
  for (const type of ["mouseover", "focusin", "click", "auxclick"])
    document.addEventListener(type, fixLink, true);
})();
