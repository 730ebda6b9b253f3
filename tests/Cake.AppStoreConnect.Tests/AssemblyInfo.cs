// Test classes run in parallel: each starts its own emulator on a free loopback port (port 0), and no test
// changes process-wide state (environment variables, current directory, console, static fields). The tests
// inside one class run one after another, since they share the class's fixture.
[assembly: Parallelizable(ParallelScope.Fixtures)]

// More workers than cores: many tests spend their time in the add-in's own real-time waits (retry back-off,
// a cancellation finishing), which overlap. Measured on 2 cores: 4 workers 6-8 s, 2 workers 10-13 s, 8 no better.
[assembly: LevelOfParallelism(4)]
