// A User task's outcomes are ports on its right edge, spread evenly over the node's height. The Studio sizes a node
// for its title alone, so four outcomes and Escalated put five port labels into 50 px and they overlap. Every activity
// element whose JSON lists outcomes gets a line of height per port (the CSS variable --rw-port-lines, read by
// site.css), set as the element enters the page: the Studio measures a copy of it a frame later and sizes the node
// from that, so the node is drawn tall enough for its labels.
(() => {
  function portLines(json) {
    try {
      const value = JSON.parse(json)?.outcomes?.expression?.value;
      const outcomes = typeof value === "string" ? JSON.parse(value) : value;
      return Array.isArray(outcomes) ? outcomes.length + 1 : 0; // + Escalated
    } catch {
      return 0;
    }
  }

  function mark(element) {
    const lines = portLines(element.getAttribute("activity-json"));
    if (lines > 0) element.style.setProperty("--rw-port-lines", String(lines));
    else element.style.removeProperty("--rw-port-lines");
  }

  function markWithin(node) {
    if (!(node instanceof Element)) return;
    if (node.matches("elsa-activity-wrapper[activity-json]")) mark(node);
    node.querySelectorAll("elsa-activity-wrapper[activity-json]").forEach(mark);
  }

  new MutationObserver(records => {
    for (const record of records) {
      if (record.type === "attributes") mark(record.target);
      else record.addedNodes.forEach(markWithin);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["activity-json"] });
})();
