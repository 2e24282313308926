// Monaco, the code editor the Studio uses for JavaScript and JSON values, is 3.6 MB of script. The Studio's own
// index.html loads it before the Studio starts, and the editor page creates a (hidden) Monaco editor while it first
// renders, so evaluating Monaco held the canvas back (benchmark "designer", README). Here Monaco is loaded once the
// Studio has started and the page has gone quiet; BlazorMonaco's calls made before that wait for it (Blazor awaits
// the promise a JavaScript function returns, so the Studio sees its editors created, only later).
// Must run after BlazorMonaco's jsInterop.js: it defines window.blazorMonaco and the `require` paths Monaco's loader reads.
window.rwDesignerMonaco = (() => {
  const quietTick = 250;   // ms between checks of the main thread
  const quietTicks = 4;    // this many timers in a row firing on time: the Studio has drawn and the page is idle
  const latestStart = 8000; // ms after the Studio started: load even if the page never went quiet

  let markLoaded;
  let markFailed;
  const loaded = new Promise((resolve, reject) => { markLoaded = resolve; markFailed = reject; });
  let started = false;

  function isLoaded() {
    return typeof window.monaco !== "undefined";
  }

  function load() {
    if (started) return loaded;
    started = true;
    const loader = document.createElement("script");
    loader.src = document.baseURI + "_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js";
    loader.onload = () => window.require(["vs/editor/editor.main"], () => markLoaded(), markFailed);
    loader.onerror = () => markFailed(new Error("The code editor (Monaco) could not be loaded."));
    document.head.appendChild(loader);
    return loaded;
  }

  // Every BlazorMonaco function (and those of its nested objects, editor.model) waits until Monaco is there, except
  // setWasm, which only records a flag and is called as the Studio starts.
  function waitForMonaco(api) {
    for (const [name, member] of Object.entries(api)) {
      if (typeof member === "function" && name !== "setWasm") {
        api[name] = function (...args) {
          return isLoaded() ? member.apply(this, args) : loaded.then(() => member.apply(this, args));
        };
      } else if (member && typeof member === "object" && !Array.isArray(member)) {
        waitForMonaco(member);
      }
    }
  }

  // Called once the Studio's runtime has started.
  function loadWhenQuiet() {
    const deadline = performance.now() + latestStart;
    let onTime = 0;
    let expected = performance.now() + quietTick;
    const tick = () => {
      const now = performance.now();
      onTime = now - expected < 50 ? onTime + 1 : 0;
      if (onTime >= quietTicks || now >= deadline) {
        load().catch(error => console.error(error));
        return;
      }
      expected = now + quietTick;
      setTimeout(tick, quietTick);
    };
    setTimeout(tick, quietTick);
  }

  const interop = window.blazorMonaco;
  if (interop) {
    for (const api of [interop.editor, interop.languages]) if (api) waitForMonaco(api);
  }
  return { loadWhenQuiet };
})();
