// Starts the Studio's .NET runtime (blazor.webassembly.js is loaded with autostart="false").
// Jiterpreter traces are off: compiling hot interpreter loops into WebAssembly costs more during the Studio's
// start-up than it saves in a designer session (measured: the editor is usable ~0.5 s sooner on a returning visit,
// no slower on a first; the benchmark's designer scenario in the README).
Blazor.start({
  configureRuntime: runtime => runtime.withRuntimeOptions(["--no-jiterpreter-traces-enabled"]),
});
