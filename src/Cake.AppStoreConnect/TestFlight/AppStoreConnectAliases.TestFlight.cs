using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.Core;
using Cake.AppStoreConnect.TestFlight;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.IO;

namespace Cake.AppStoreConnect;

/// <content>TestFlight: testers, groups and distribution.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Adds the testers of a CSV file in fastlane pilot's format (first name, last name, email, groups
    /// separated by <c>;</c>) to the app's beta groups. Existing testers are reused; one already in the
    /// group is success. A re-run costs a few reads and changes nothing.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="csvFile">The CSV file (pilot's export imports unchanged).</param>
    /// <returns>Who was added, already present, invited, and who failed with Apple's reason.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscAddTesters("com.example.app", "./testers.csv");
    /// Information("{0}", result);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscAddTestersResult AscAddTesters(this ICakeContext context, string app, FilePath csvFile) =>
        AscAddTesters(context, app, csvFile, (AscAddTestersSettings?)null);

    /// <summary>Adds the testers of a pilot CSV file, and any in the settings, to the app's beta groups.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="csvFile">The CSV file (pilot's export imports unchanged).</param>
    /// <param name="settings">More testers, default groups, concurrency, dry run; <see langword="null"/> for the defaults.</param>
    /// <returns>Who was added, already present, invited, and who failed with Apple's reason.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscAddTesters("com.example.app", "./testers.csv", new AscAddTestersSettings().ToGroups("Public Beta").SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscAddTestersResult AscAddTesters(this ICakeContext context, string app, FilePath csvFile, AscAddTestersSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(csvFile);
        return AddTesters(context, app, csvFile, settings ?? new AscAddTestersSettings());
    }

    /// <summary>Adds the testers of a pilot CSV file to the app's beta groups, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="csvFile">The CSV file (pilot's export imports unchanged).</param>
    /// <param name="configure">Sets more testers, default groups and options.</param>
    /// <returns>Who was added, already present, invited, and who failed with Apple's reason.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscAddTesters("com.example.app", "./testers.csv", s => s.ToGroups("Public Beta").SetMaxConcurrency(8));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscAddTestersResult AscAddTesters(this ICakeContext context, string app, FilePath csvFile, Action<AscAddTestersSettings> configure) =>
        AscAddTesters(context, app, csvFile, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Adds testers (a list, a builder or a pilot CSV file) to the app's beta groups by group name. The
    /// testers are in the settings, not a parameter, because they may come from a list or a builder
    /// rather than a file.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The testers, default groups, concurrency, dry run.</param>
    /// <returns>Who was added, already present, invited, and who failed with Apple's reason.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscAddTesters("com.example.app", new AscAddTestersSettings()
    ///     .AddTester("ada@example.com", "Ada", "Lovelace", "Public Beta")
    ///     .AddTester("alan@example.com", "Alan", "Turing")
    ///     .ToGroups("Internal QA"));
    /// if (!result.Succeeded) throw new Exception(string.Join("\n", result.Failed));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscAddTestersResult AscAddTesters(this ICakeContext context, string app, AscAddTestersSettings? settings) =>
        AddTesters(context, app, null, settings ?? new AscAddTestersSettings());

    /// <summary>Adds testers (a list, a builder or a pilot CSV file) to the app's beta groups, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the testers and options.</param>
    /// <returns>Who was added, already present, invited, and who failed with Apple's reason.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscAddTesters("com.example.app", s => s.FromCsv("./testers.csv").ToGroups("Public Beta").SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscAddTestersResult AscAddTesters(this ICakeContext context, string app, Action<AscAddTestersSettings> configure) =>
        AscAddTesters(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Removes testers, by email address, from the app and all its groups.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="emails">The testers' email addresses.</param>
    /// <returns>Who was removed and who was not there.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRemoveTesters("com.example.app", new[] { "former@example.com" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscRemoveTestersResult AscRemoveTesters(this ICakeContext context, string app, IEnumerable<string> emails) =>
        AscRemoveTesters(context, app, emails, (AscRemoveTestersSettings?)null);

    /// <summary>Removes testers, by email address, from named groups, or (no groups) from the app entirely.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="emails">The testers' email addresses (added to the settings' <c>Emails</c>).</param>
    /// <param name="settings">From which groups, dry run; <see langword="null"/> for the defaults.</param>
    /// <returns>Who was removed and who was not there.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRemoveTesters("com.example.app", new[] { "ada@example.com" }, new AscRemoveTestersSettings().FromGroups("Public Beta"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscRemoveTestersResult AscRemoveTesters(this ICakeContext context, string app, IEnumerable<string> emails, AscRemoveTestersSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentNullException.ThrowIfNull(emails);
        settings ??= new AscRemoveTestersSettings();
        AddMissing(settings.Emails, emails, StringComparer.OrdinalIgnoreCase);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new TesterService(client).RemoveAsync(app, s, ct));
    }

    /// <summary>Removes testers, by email address, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="emails">The testers' email addresses.</param>
    /// <param name="configure">Sets from which groups, dry run.</param>
    /// <returns>Who was removed and who was not there.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRemoveTesters("com.example.app", new[] { "ada@example.com", "alan@example.com" }, s => s.SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscRemoveTestersResult AscRemoveTesters(this ICakeContext context, string app, IEnumerable<string> emails, Action<AscRemoveTestersSettings> configure) =>
        AscRemoveTesters(context, app, emails, AscAliasRunner.Configure(configure));

    /// <summary>Removes testers named in the settings; kept for scripts written before the emails became a parameter.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">Who, from which groups, dry run.</param>
    /// <returns>Who was removed and who was not there.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRemoveTesters("com.example.app", new[] { "ada@example.com" }, new AscRemoveTestersSettings().FromGroups("Public Beta"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [Obsolete("Use AscRemoveTesters(app, emails, settings): the emails are a parameter like in the other overloads.")]
    public static AscRemoveTestersResult AscRemoveTesters(this ICakeContext context, string app, AscRemoveTestersSettings settings) =>
        AscRemoveTesters(context, app, [], settings);

    /// <summary>Removes testers named by a callback; kept for scripts written before the emails became a parameter.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets who and from which groups.</param>
    /// <returns>Who was removed and who was not there.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscRemoveTesters("com.example.app", new[] { "ada@example.com", "alan@example.com" }, s => s.SetDryRun());
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [Obsolete("Use AscRemoveTesters(app, emails, configure): the emails are a parameter like in the other overloads.")]
    public static AscRemoveTestersResult AscRemoveTesters(this ICakeContext context, string app, Action<AscRemoveTestersSettings> configure) =>
        AscRemoveTesters(context, app, [], AscAliasRunner.Configure(configure));

    /// <summary>Lists every tester of an app with their groups, all pages read.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The testers, by email address.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var tester in AscGetTesters("com.example.app"))
    /// {
    ///     Information("{0}: {1} ({2})", tester.Email, tester.State, string.Join(", ", tester.Groups));
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static IReadOnlyList<AscBetaTester> AscGetTesters(this ICakeContext context, string app) =>
        AscGetTesters(context, app, (AscGetTestersSettings?)null);

    /// <summary>Lists an app's testers matching filters (groups, email, name, invite type).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">The filters.</param>
    /// <returns>The testers, by email address.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var publicBeta = AscGetTesters("com.example.app", new AscGetTestersSettings().InGroups("Public Beta"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static IReadOnlyList<AscBetaTester> AscGetTesters(this ICakeContext context, string app, AscGetTestersSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new TesterService(client).GetAsync(app, s, ct));
    }

    /// <summary>Lists an app's testers, configuring the filters with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the filters.</param>
    /// <returns>The testers, by email address.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var viaLink = AscGetTesters("com.example.app", s => s.WithInviteType("PUBLIC_LINK"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static IReadOnlyList<AscBetaTester> AscGetTesters(this ICakeContext context, string app, Action<AscGetTestersSettings> configure) =>
        AscGetTesters(context, app, AscAliasRunner.Configure(configure));

    /// <summary>Writes an app's testers to a CSV file in fastlane pilot's format, which <c>AscAddTesters</c> reads back.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="file">The CSV file to write.</param>
    /// <returns>The testers written.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExportTesters("com.example.app", "./artifacts/testers.csv");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static IReadOnlyList<AscBetaTester> AscExportTesters(this ICakeContext context, string app, FilePath file) =>
        AscExportTesters(context, app, file, (AscGetTestersSettings?)null);

    /// <summary>Writes an app's testers matching filters to a pilot-format CSV file.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="file">The CSV file to write.</param>
    /// <param name="settings">The filters.</param>
    /// <returns>The testers written.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExportTesters("com.example.app", "./public-beta.csv", new AscGetTestersSettings().InGroups("Public Beta"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static IReadOnlyList<AscBetaTester> AscExportTesters(this ICakeContext context, string app, FilePath file, AscGetTestersSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentNullException.ThrowIfNull(file);
        var path = file.MakeAbsolute(context.Environment).FullPath;
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new TesterService(client).ExportAsync(app, path, s, ct));
    }

    /// <summary>Writes an app's testers to a pilot-format CSV file, configuring the filters with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="file">The CSV file to write.</param>
    /// <param name="configure">Sets the filters.</param>
    /// <returns>The testers written.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscExportTesters("com.example.app", "./qa.csv", s => s.InGroups("Internal QA"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static IReadOnlyList<AscBetaTester> AscExportTesters(this ICakeContext context, string app, FilePath file, Action<AscGetTestersSettings> configure) =>
        AscExportTesters(context, app, file, AscAliasRunner.Configure(configure));

    /// <summary>Creates an external beta group, or returns the app's group of that name when it exists.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="name">The group's name.</param>
    /// <returns>The group (<c>Resource</c>) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var group = AscCreateBetaGroup("com.example.app", "Friends and Family");
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static AscChangeResult<AscBetaGroup> AscCreateBetaGroup(this ICakeContext context, string app, string name) =>
        AscCreateBetaGroup(context, app, name, (AscCreateBetaGroupSettings?)null);

    /// <summary>Creates a beta group (internal or external, public link and limit, feedback), or returns the existing one.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="settings">Kind and options.</param>
    /// <returns>The group (<c>Resource</c>) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var group = AscCreateBetaGroup("com.example.app", "Public Beta", new AscCreateBetaGroupSettings { PublicLinkEnabled = true, PublicLinkLimit = 1000 });
    /// Information("Public link: {0}", group.PublicLink);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static AscChangeResult<AscBetaGroup> AscCreateBetaGroup(this ICakeContext context, string app, string name, AscCreateBetaGroupSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BetaGroupService(client).CreateAsync(app, name, s, ct));
    }

    /// <summary>Creates a beta group, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="configure">Sets kind and options.</param>
    /// <returns>The group (<c>Resource</c>) and what changed.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscCreateBetaGroup("com.example.app", "QA", s => s.SetInternal(hasAccessToAllBuilds: true));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static AscChangeResult<AscBetaGroup> AscCreateBetaGroup(this ICakeContext context, string app, string name, Action<AscCreateBetaGroupSettings> configure) =>
        AscCreateBetaGroup(context, app, name, AscAliasRunner.Configure(configure));

    /// <summary>Lists an app's beta groups.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var group in AscGetBetaGroups("com.example.app"))
    /// {
    ///     Information("{0}", group);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static IReadOnlyList<AscBetaGroup> AscGetBetaGroups(this ICakeContext context, string app) =>
        AscGetBetaGroups(context, app, (AscGetBetaGroupsSettings?)null);

    /// <summary>Lists an app's beta groups matching a filter.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="settings">Internal or external, name.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var external = AscGetBetaGroups("com.example.app", new AscGetBetaGroupsSettings { IsInternal = false });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static IReadOnlyList<AscBetaGroup> AscGetBetaGroups(this ICakeContext context, string app, AscGetBetaGroupsSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        return AscAliasRunner.Run(context, settings, (client, s, ct) => new BetaGroupService(client).GetAsync(app, s, ct));
    }

    /// <summary>Lists an app's beta groups, configuring the filter with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="app">The bundle id or Apple id.</param>
    /// <param name="configure">Sets the filter.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var internalGroups = AscGetBetaGroups("com.example.app", s => s.SetInternal(true));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.TestFlight")]
    public static IReadOnlyList<AscBetaGroup> AscGetBetaGroups(this ICakeContext context, string app, Action<AscGetBetaGroupsSettings> configure) =>
        AscGetBetaGroups(context, app, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Distributes a build through TestFlight: waits for processing, answers export compliance, adds the
    /// build to the named groups, submits external ones for beta app review. Re-running changes nothing.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="groups">The names of the groups to add it to.</param>
    /// <returns>What changed, what was already in place, and the beta review.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscDistributeBuild(upload.BuildId, new[] { "Internal QA", "Public Beta" });
    /// Information("{0}", result);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscDistributeBuild(this ICakeContext context, string buildId, IEnumerable<string> groups) =>
        AscDistributeBuild(context, buildId, groups, (AscDistributeBuildSettings?)null);

    /// <summary>
    /// Distributes a build through TestFlight with "What to Test", beta review details, notification
    /// and clean-up. Re-running changes nothing.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id (replaces the settings' build).</param>
    /// <param name="groups">The names of the groups to add it to (added to the settings' <c>Groups</c>).</param>
    /// <param name="settings">Notes, review details, notification, dry run; <see langword="null"/> for the defaults.</param>
    /// <returns>What changed, what was already in place, and the beta review.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDistributeBuild(upload.BuildId, new[] { "Public Beta" }, new AscDistributeBuildSettings
    /// {
    ///     WhatToTest = "New onboarding; please try sign-up.",
    ///     UsesNonExemptEncryption = false,
    ///     ContactEmail = "beta@example.com",
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscDistributeBuild(this ICakeContext context, string buildId, IEnumerable<string> groups, AscDistributeBuildSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        ArgumentNullException.ThrowIfNull(groups);
        settings ??= new AscDistributeBuildSettings();
        settings.BuildId = buildId;
        AddMissing(settings.Groups, groups, StringComparer.Ordinal);
        return AscDistributeBuild(context, settings);
    }

    /// <summary>Distributes a build through TestFlight, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="groups">The names of the groups to add it to.</param>
    /// <param name="configure">Sets notes, review details, notification, dry run.</param>
    /// <returns>What changed, what was already in place, and the beta review.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDistributeBuild(upload.BuildId, new[] { "Public Beta" }, s => s
    ///     .WithWhatToTest("Bug fixes.")
    ///     .WithWhatToTest("Fehlerbehebungen.", "de-DE")
    ///     .SetNotifyTesters()
    ///     .SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscDistributeBuild(this ICakeContext context, string buildId, IEnumerable<string> groups, Action<AscDistributeBuildSettings> configure) =>
        AscDistributeBuild(context, buildId, groups, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Distributes a build named in the settings through TestFlight: waits for processing, answers export
    /// compliance, sets "What to Test", adds the build to the named groups, submits external ones for beta
    /// app review, notifies testers and expires earlier builds when asked. Re-running changes nothing.
    /// The build is in the settings, not a parameter, because it may be named by app, version and build
    /// number, or be the app's latest.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Build, groups, notes, review details, notification, dry run.</param>
    /// <returns>What changed, what was already in place, and the beta review.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscExportComplianceMissingException">App Store Connect refused beta review because export compliance is unanswered.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var result = AscDistributeBuild(new AscDistributeBuildSettings
    /// {
    ///     App = "com.example.app", VersionString = "1.4.0", BuildNumber = "57",
    ///     WhatToTest = "New onboarding; please try sign-up.",
    ///     UsesNonExemptEncryption = false,
    ///     ContactEmail = "beta@example.com",
    /// }.ToGroups("Internal QA", "Public Beta"));
    /// Information("{0}", result);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscDistributeBuild(this ICakeContext context, AscDistributeBuildSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) => new DistributionService(client).DistributeAsync(s, ct));

    /// <summary>Distributes a build named in the settings through TestFlight, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets build, groups, notes, review details, notification, dry run.</param>
    /// <returns>What changed, what was already in place, and the beta review.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscExportComplianceMissingException">App Store Connect refused beta review because export compliance is unanswered.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscDistributeBuild(s => s
    ///     .ForBuildId(upload.BuildId)
    ///     .ToGroups("Public Beta")
    ///     .WithWhatToTest("Bug fixes.")
    ///     .WithWhatToTest("Fehlerbehebungen.", "de-DE")
    ///     .WithBetaReviewContact("Ada", "Lovelace", "beta@example.com", "+1 555 0100")
    ///     .SetNotifyTesters()
    ///     .SetDryRun(Argument("dry-run", false)));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscDistributeBuild(this ICakeContext context, Action<AscDistributeBuildSettings> configure) =>
        AscDistributeBuild(context, AscAliasRunner.Configure(configure));

    /// <summary>Submits a build, by id, for beta app review; answers nothing else, so its export compliance must be set.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <returns>What changed; <c>BetaReview</c> holds the submission.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscExportComplianceMissingException">App Store Connect refused beta review because export compliance is unanswered.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var review = AscSubmitForBetaReview(upload.BuildId).BetaReview;
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscSubmitForBetaReview(this ICakeContext context, string buildId) =>
        AscSubmitForBetaReview(context, buildId, (AscSubmitForBetaReviewSettings?)null);

    /// <summary>Submits a build, by id, for beta app review with the review contact and demo account; optionally waits for the outcome.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id (replaces the settings' build).</param>
    /// <param name="settings">Export compliance, review details, waiting, dry run; <see langword="null"/> for the defaults.</param>
    /// <returns>What changed; <c>BetaReview</c> holds the submission.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscExportComplianceMissingException">App Store Connect refused beta review because export compliance is unanswered.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSubmitForBetaReview(upload.BuildId, new AscSubmitForBetaReviewSettings
    /// {
    ///     ContactEmail = "beta@example.com", DemoAccountRequired = false, WaitForBetaReview = true,
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscSubmitForBetaReview(this ICakeContext context, string buildId, AscSubmitForBetaReviewSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(buildId);
        settings ??= new AscSubmitForBetaReviewSettings();
        settings.BuildId = buildId;
        return AscSubmitForBetaReview(context, settings);
    }

    /// <summary>Submits a build, by id, for beta app review, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="buildId">The build's id.</param>
    /// <param name="configure">Sets review details, waiting.</param>
    /// <returns>What changed; <c>BetaReview</c> holds the submission.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSubmitForBetaReview(upload.BuildId, s => s.SetUsesNonExemptEncryption(false).WithDemoAccount("review", EnvironmentVariable("DEMO_PASSWORD")));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscSubmitForBetaReview(this ICakeContext context, string buildId, Action<AscSubmitForBetaReviewSettings> configure) =>
        AscSubmitForBetaReview(context, buildId, AscAliasRunner.Configure(configure));

    /// <summary>
    /// Submits a build named in the settings for beta app review with the review contact and demo
    /// account; optionally waits for the outcome. The build is in the settings, not a parameter, because
    /// it may be named by app, version and build number, or be the app's latest.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Build, export compliance, review details, waiting, dry run.</param>
    /// <returns>What changed; <c>BetaReview</c> holds the submission.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSubmitForBetaReview(new AscSubmitForBetaReviewSettings
    /// {
    ///     App = "com.example.app", VersionString = "1.4.0", BuildNumber = "57",
    ///     ContactEmail = "beta@example.com", DemoAccountRequired = false, WaitForBetaReview = true,
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscSubmitForBetaReview(this ICakeContext context, AscSubmitForBetaReviewSettings? settings) =>
        AscAliasRunner.Run(context, settings, (client, s, ct) => new DistributionService(client).SubmitForBetaReviewAsync(s, ct));

    /// <summary>Submits a build named in the settings for beta app review, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets build, review details, waiting.</param>
    /// <returns>What changed; <c>BetaReview</c> holds the submission.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.TestFlight.AscTestFlightException">The build or the beta review is not in a state that allows this; the message says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Builds.AscExportComplianceMissingException">App Store Connect refused beta review because export compliance is unanswered.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// AscSubmitForBetaReview(s => s.ForLatestBuild("com.example.app").SetUsesNonExemptEncryption(false).WithDemoAccount("review", EnvironmentVariable("DEMO_PASSWORD")));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("TestFlight")]
    [CakeNamespaceImport("Cake.AppStoreConnect.TestFlight")]
    public static AscDistributeBuildResult AscSubmitForBetaReview(this ICakeContext context, Action<AscSubmitForBetaReviewSettings> configure) =>
        AscSubmitForBetaReview(context, AscAliasRunner.Configure(configure));

    private static AscAddTestersResult AddTesters(ICakeContext context, string app, FilePath? csvFile, AscAddTestersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(app);

        // Every file is read and every row checked before the first request.
        var testers = settings.Testers.ToList();
        var files = new[] { csvFile, settings.CsvFile }.OfType<FilePath>().Select(f => f.MakeAbsolute(context.Environment).FullPath).Distinct(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var fromCsv = TesterCsv.Read(file);
            if (fromCsv.Count == 0 && settings.Testers.Count == 0)
            {
                throw new ArgumentException($"The CsvFile '{file}' holds no tester rows (a header and empty lines only). Add one row per tester: first name, last name, email, groups separated by ';'. Nothing was changed.");
            }

            testers.AddRange(fromCsv);
        }

        return AscAliasRunner.Run(context, settings, (client, s, ct) => new TesterService(client).AddAsync(app, testers, s, ct));
    }

    // A parameter joins what the settings already hold, so a settings object reused across calls is
    // not given the same entry twice.
    private static void AddMissing(ICollection<string> target, IEnumerable<string> values, StringComparer comparer)
    {
        foreach (var value in values)
        {
            if (!target.Contains(value, comparer))
            {
                target.Add(value);
            }
        }
    }
}
