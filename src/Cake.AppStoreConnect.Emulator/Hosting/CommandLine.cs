using System.Globalization;

namespace Cake.AppStoreConnect.Emulator.Hosting;

/// <summary>Maps the command line onto <see cref="EmulatorOptions"/>; every switch is documented in <see cref="Usage"/>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        App Store Connect emulator

          --urls URL                 where to listen (default http://127.0.0.1:0, port 0 picks a free port); loopback only
          --allow-remote             allow --urls beyond loopback; control writes then need the printed token
          --seed demo                seed the demo account when no state file exists yet
          --seed-file PATH           seed the apps, versions, builds, groups and testers of this JSON file (with or without --seed demo)
          --env-file PATH            write ASC_KEY_ID, ASC_ISSUER_ID, ASC_PRIVATE_KEY_PATH and ASC_API_URL
          --key-file PATH            register an existing .p8 key instead of generating one
          --key-id ID                the key id (generated when absent)
          --issuer-id ID             the issuer id; none with --key-file means an individual key
          --individual-key-id ID     also generate an individual key (sub "user") with this id
          --key-roles ROLES          UserRole values of the keys registered at start, comma-separated (default ADMIN)
          --agreements-expired       every API request answers 403 REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED
          --api-access-disabled      every API request answers 403: the team's API access is off
          --processing-seconds N     processing time of uploads and builds (default 3)
          --review-seconds N         time a submitted version waits for review, then is in review (default 5 each)
          --beta-review-seconds N    time until a beta app review submission is APPROVED (default 10)
          --analytics-delay-seconds N  time until a report request's first instances appear (default 10)
          --analytics-inactivity-days N  days without a download until a request is stopped (default 30)
          --upload-part-size BYTES   size of each upload part (default 16777216)
          --upload-url-minutes N     lifetime of pre-signed upload URLs (default 60)
          --rate-limit-per-hour N    requests per key in a rolling hour (default 3600)
          --latency-ms N             delay added to every request
          --fault-rate R             probability 0..1 of a random fault per request
          --fault-seed N             seed of the random faults (default 1)
          --state-file PATH          load and save the state in this JSON file
          --changes-file PATH        at exit, write what clients changed to PATH.json and PATH.md
          --exit-with-parent PID     stop when process PID (the script that started the emulator) is gone
          --openapi PATH             check requests and responses against Apple's OpenAPI document
          --verbose                  write web host warnings to the console

        snapshot --out PATH          read your account (GET only) into a state file; snapshot --help for more
        """;

    /// <summary>Parses the arguments; throws <see cref="UsageException"/> naming the switch at fault.</summary>
    public static EmulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--verbose")
            {
                options.ConsoleLogging = true;
                continue;
            }

            if (name is "--agreements-expired" or "--api-access-disabled")
            {
                options.AgreementsExpired |= name == "--agreements-expired";
                options.ApiAccessDisabled |= name == "--api-access-disabled";
                continue;
            }

            if (name == "--allow-remote")
            {
                options.AllowRemote = true;
                continue;
            }

            var (key, value) = SplitSwitch(args, ref i);
            switch (key)
            {
                case "--urls": options.Urls = value; break;
                case "--seed": options.Seed = value; break;
                case "--seed-file": options.SeedFile = value; break;
                case "--env-file": options.EnvFile = value; break;
                case "--key-file": options.KeyFile = value; break;
                case "--key-id": options.KeyId = value; break;
                case "--issuer-id": options.IssuerId = value; break;
                case "--individual-key-id": options.IndividualKeyId = value; break;
                case "--key-roles": options.KeyRoles = Roles(key, value); break;
                case "--processing-seconds": options.ProcessingTime = TimeSpan.FromSeconds(Number(key, value, 0, 86_400)); break;
                case "--review-seconds": options.ReviewTime = TimeSpan.FromSeconds(Number(key, value, 0, 86_400)); break;
                case "--beta-review-seconds": options.BetaReviewTime = TimeSpan.FromSeconds(Number(key, value, 0, 604_800)); break;
                case "--analytics-delay-seconds": options.AnalyticsDelay = TimeSpan.FromSeconds(Number(key, value, 0, 604_800)); break;
                case "--analytics-inactivity-days": options.AnalyticsInactivity = TimeSpan.FromDays(Number(key, value, 0, 3650)); break;
                case "--upload-part-size": options.UploadPartSize = (long)Number(key, value, 1024, 5L * 1024 * 1024 * 1024); break;
                case "--upload-url-minutes": options.UploadUrlLifetime = TimeSpan.FromMinutes(Number(key, value, 0, 10_080)); break;
                case "--rate-limit-per-hour": options.RateLimitPerHour = (int)Number(key, value, 1, int.MaxValue); break;
                case "--latency-ms": options.Latency = TimeSpan.FromMilliseconds(Number(key, value, 0, 60_000)); break;
                case "--fault-rate": options.FaultRate = Number(key, value, 0, 1); break;
                case "--fault-seed": options.FaultSeed = (int)Number(key, value, int.MinValue, int.MaxValue); break;
                case "--state-file": options.StateFile = value; break;
                case "--openapi": options.OpenApiPath = value; break;
                case "--changes-file": options.ChangesFile = value; break;
                case "--exit-with-parent": options.ExitWithParent = (int)Number(key, value, 1, int.MaxValue); break;
                default: throw new UsageException($"Unknown switch '{key}'.");
            }
        }

        if (options.Seed is not null && options.Seed != "demo")
        {
            throw new UsageException($"Unknown seed '{options.Seed}'; the only seed is 'demo'.");
        }

        return options;
    }

    // Accepts both "--name value" and "--name=value", as ASP.NET Core's own command-line reader does.
    private static (string Key, string Value) SplitSwitch(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"Unexpected argument '{arg}'.");
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return (arg[..equals], arg[(equals + 1)..]);
        }

        if (i + 1 >= args.Count)
        {
            throw new UsageException($"Switch '{arg}' needs a value.");
        }

        i++;
        return (arg, args[i]);
    }

    private static string Roles(string key, string value)
    {
        try
        {
            Access.UserRoles.Parse(value, $"Switch '{key}'");
            return value;
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static double Number(string key, string value, double min, double max)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new UsageException($"Switch '{key}' needs a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{value}'.");
        }

        return number;
    }
}
