using System.Globalization;

namespace Cake.AppStoreConnect.SampleIpa;

/// <summary>
/// The command line over <see cref="SampleIpaBuilder"/>, so a Cake script (the Demo) can make a sample
/// IPA without the builder being part of the add-in it loads.
/// </summary>
public static class SampleIpaCommand
{
    /// <summary>The usage text printed for <c>--help</c> and after a bad switch.</summary>
    public const string Usage =
        """
        Writes a minimal, real IPA (it reads like an exported one but holds no code).

          dotnet Cake.AppStoreConnect.SampleIpa.dll --bundle-id ID --version X.Y.Z --build N --output FILE
              [--app-name NAME] [--display-name TEXT] [--platform IOS|TV_OS|VISION_OS]
              [--minimum-os-version X.Y] [--uses-non-exempt-encryption true|false] [--padding-bytes N]

        Or writes a PNG screenshot of a size (an App Store size such as 1320x2868), different for each seed:

          dotnet Cake.AppStoreConnect.SampleIpa.dll --png WIDTHxHEIGHT [--seed N] --output FILE

        Prints the full path of the file written.
        """;

    /// <summary>Parses the switches, writes the IPA and prints its path.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the path written goes.</param>
    /// <param name="error">Where a message naming the switch to fix goes.</param>
    /// <returns>0 when written, 2 for a bad command line or setting.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            output.WriteLine(Usage);
            return 0;
        }

        try
        {
            var options = Parse(args);
            if (options.Remove("--png", out var size))
            {
                return WritePng(size, options, output);
            }

            var builder = new SampleIpaBuilder(Required(options, "--bundle-id"), Required(options, "--version"), Required(options, "--build"));
            var file = Required(options, "--output");
            if (options.Remove("--app-name", out var appName))
            {
                builder.AppName = appName;
            }

            if (options.Remove("--display-name", out var displayName))
            {
                builder.DisplayName = displayName;
            }

            if (options.Remove("--platform", out var platform))
            {
                builder.Platform = platform;
            }

            if (options.Remove("--minimum-os-version", out var minimumOsVersion))
            {
                builder.MinimumOsVersion = minimumOsVersion;
            }

            if (options.Remove("--uses-non-exempt-encryption", out var encryption))
            {
                builder.UsesNonExemptEncryption = bool.TryParse(encryption, out var uses) ? uses
                    : throw new ArgumentException($"--uses-non-exempt-encryption takes true or false, not '{encryption}'.");
            }

            if (options.Remove("--padding-bytes", out var padding))
            {
                builder.PaddingBytes = long.TryParse(padding, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes
                    : throw new ArgumentException($"--padding-bytes takes a whole number of bytes, not '{padding}'.");
            }

            if (options.Count > 0)
            {
                throw new ArgumentException($"Unknown switch {options.Keys.First()}.");
            }

            output.WriteLine(builder.WriteTo(file));
            return 0;
        }
        catch (ArgumentException exception)
        {
            error.WriteLine(exception.Message);
            error.WriteLine();
            error.WriteLine(Usage);
            return 2;
        }
    }

    private static int WritePng(string size, Dictionary<string, string> options, TextWriter output)
    {
        var parts = size.Split('x');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height) || width < 1 || height < 1)
        {
            throw new ArgumentException($"--png takes WIDTHxHEIGHT in pixels, such as 1320x2868, not '{size}'.");
        }

        var seed = 0;
        if (options.Remove("--seed", out var seedText) && !int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            throw new ArgumentException($"--seed takes a whole number, not '{seedText}'.");
        }

        var file = Path.GetFullPath(Required(options, "--output"));
        if (options.Count > 0)
        {
            throw new ArgumentException($"Unknown switch {options.Keys.First()} with --png.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        SamplePng.Write(file, width, height, seed);
        output.WriteLine(file);
        return 0;
    }

    private static Dictionary<string, string> Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{name}' is not a switch; switches start with -- and take a value.");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            if (!options.TryAdd(name, args[++i]))
            {
                throw new ArgumentException($"{name} is given twice.");
            }
        }

        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.Remove(name, out var value) ? value : throw new ArgumentException($"{name} is required.");
}
