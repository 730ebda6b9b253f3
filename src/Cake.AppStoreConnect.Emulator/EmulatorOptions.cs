namespace Cake.AppStoreConnect.Emulator;

/// <summary>
/// How an emulator instance behaves. The command line maps onto these one to one (see <c>--help</c>).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Gets or sets the listening URLs as ASP.NET Core reads <c>--urls</c>; port 0 picks a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>
    /// Gets or sets a value indicating whether <see cref="Urls"/> may listen beyond loopback (<c>--allow-remote</c>).
    /// Control requests that change something then need <see cref="EmulatorHost.ControlToken"/>.
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <summary>Gets or sets the seed to load when no state file exists yet (<c>demo</c> or <c>null</c> for none).</summary>
    public string? Seed { get; set; }

    /// <summary>
    /// Gets or sets a seed file describing the user's own account (<c>--seed-file</c>), applied like <see cref="Seed"/>
    /// when no state file exists yet, after the demo seed when both are given.
    /// </summary>
    public string? SeedFile { get; set; }

    /// <summary>Gets or sets the path of a dotenv file to write the credentials and API URL to.</summary>
    public string? EnvFile { get; set; }

    /// <summary>Gets or sets an existing <c>.p8</c> key whose public half is registered instead of a generated key.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Gets or sets the key id of the generated or supplied key (generated when absent).</summary>
    public string? KeyId { get; set; }

    /// <summary>Gets or sets the issuer id of the team key; with <see cref="KeyFile"/> and no issuer the key is an individual key.</summary>
    public string? IssuerId { get; set; }

    /// <summary>Gets or sets the id of an extra individual key (<c>sub: "user"</c>) generated at start.</summary>
    public string? IndividualKeyId { get; set; }

    /// <summary>
    /// Gets or sets the roles (Apple's <c>UserRole</c> values) of the keys registered at start (<c>--key-roles</c>,
    /// a comma list; default <c>ADMIN</c>). Each route allows the roles of its row in the emulator's role table.
    /// </summary>
    public string KeyRoles { get; set; } = "ADMIN";

    /// <summary>Gets or sets a value indicating whether every API request answers 403 FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED (<c>--agreements-expired</c>).</summary>
    public bool AgreementsExpired { get; set; }

    /// <summary>Gets or sets a value indicating whether the team's API access is turned off, so every API request answers 403 (<c>--api-access-disabled</c>).</summary>
    public bool ApiAccessDisabled { get; set; }

    /// <summary>Gets or sets how long an upload, then its build, stays <c>PROCESSING</c>.</summary>
    public TimeSpan ProcessingTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Gets or sets how long each App Review stage lasts: a submitted version is WAITING_FOR_REVIEW for this
    /// long, then IN_REVIEW for as long again, then approved; a canceled submission is CANCELING for half of it.
    /// </summary>
    public TimeSpan ReviewTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long a beta app review submission waits before it is APPROVED.</summary>
    public TimeSpan BetaReviewTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long after an analytics report request its first instances appear (Apple: one to two days).</summary>
    public TimeSpan AnalyticsDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a report request may go without a download before it is stopped for inactivity.</summary>
    public TimeSpan AnalyticsInactivity { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Gets or sets the size of each upload part offered by a reservation.</summary>
    public long UploadPartSize { get; set; } = 16L * 1024 * 1024;

    /// <summary>Gets or sets how long the pre-signed part URLs of a reservation stay valid.</summary>
    public TimeSpan UploadUrlLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the number of API requests each key may make in a rolling hour.</summary>
    public int RateLimitPerHour { get; set; } = 3600;

    /// <summary>Gets or sets a delay added to every API and upload request.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Gets or sets the probability (0 to 1) that an API or upload request meets a random fault.</summary>
    public double FaultRate { get; set; }

    /// <summary>Gets or sets the seed of the random faults, so that a run can be reproduced.</summary>
    public int FaultSeed { get; set; } = 1;

    /// <summary>Gets or sets the JSON file the state is loaded from and saved to after each change.</summary>
    public string? StateFile { get; set; }

    /// <summary>
    /// Gets or sets where the change log is written when the emulator stops (<c>--changes-file</c>): <c>PATH.json</c> and
    /// <c>PATH.md</c>, or, for a PATH ending in <c>.json</c> or <c>.md</c>, that file and the other beside it.
    /// </summary>
    public string? ChangesFile { get; set; }

    /// <summary>
    /// Gets or sets the process whose end stops the emulator executable (<c>--exit-with-parent PID</c>): the script that
    /// started it, so a killed script (SIGKILL, which runs no clean-up) leaves no emulator behind.
    /// </summary>
    public int? ExitWithParent { get; set; }

    /// <summary>Gets or sets the path of Apple's OpenAPI document; when set, requests and responses are checked against it.</summary>
    public string? OpenApiPath { get; set; }

    /// <summary>
    /// Gets or sets Apple's OpenAPI document already parsed, which wins over <see cref="OpenApiPath"/>. Tests share one
    /// across emulators so the 3.4 MB document is parsed once per run; the emulator never disposes it.
    /// </summary>
    internal OpenApi.OpenApiSpec? OpenApiDocument { get; set; }

    /// <summary>Gets or sets the clock; tests substitute their own to move time.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets a value indicating whether warnings and errors of the web host are written to the console.</summary>
    public bool ConsoleLogging { get; set; }
}
