// Test classes run in parallel: each starts its own emulator on a free loopback port (port 0), and no test
// changes process-wide state (environment variables, current directory, console, static fields). The tests
// inside one class run one after another, since they share the class's fixture.
[assembly: Parallelizable(ParallelScope.Fixtures)]
