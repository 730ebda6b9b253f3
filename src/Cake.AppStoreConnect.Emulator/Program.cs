var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
app.MapGet("/_emulator/health", () => Results.Ok(new { status = "ready" }));
app.Run();
