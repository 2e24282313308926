// Starts the Studio's .NET runtime (blazor.webassembly.js is loaded with autostart="false").
// Jiterpreter traces are off: compiling hot interpreter loops into WebAssembly during the Studio's start-up cost more
// than it saved (measured: the editor usable 0.5-0.7 s sooner on a returning visit, no change on a first; the
// benchmark's designer scenario in the README). Interactions after start-up were not measured with and without.
// Monaco, the code editor, follows once the Studio has drawn (designer-monaco.js).
Blazor.start({
  configureRuntime: runtime => runtime.withRuntimeOptions(["--no-jiterpreter-traces-enabled"]),
}).then(() => window.rwDesignerMonaco.loadWhenQuiet());
