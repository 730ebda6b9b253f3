using Cake.AppStoreConnect.Client.Apps;
using Cake.AppStoreConnect.Core;
using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.AppStoreConnect;

/// <content>App lookups.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>Lists every app the API key can see.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The apps, all pages read.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// foreach (var app in AscGetApps())
    /// {
    ///     Information("{0}: {1} ({2})", app.Id, app.Name, app.BundleId);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Apps")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Apps")]
    public static IReadOnlyList<AscApp> AscGetApps(this ICakeContext context) =>
        AscGetApps(context, (AscSettings?)null);

    /// <summary>Lists every app the API key given by the settings can see.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Credentials and options.</param>
    /// <returns>The apps, all pages read.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var apps = AscGetApps(new AscSettings().WithApiUrl(new Uri("http://127.0.0.1:5555")));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Apps")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Apps")]
    public static IReadOnlyList<AscApp> AscGetApps(this ICakeContext context, AscSettings? settings) =>
        AscAliasRunner.Run(context, settings, async (client, _, ct) =>
        {
            var apps = new List<AscApp>();
            await foreach (var app in client.Apps.GetAllAsync(cancellationToken: ct))
            {
                apps.Add(app);
            }

            return (IReadOnlyList<AscApp>)apps;
        });

    /// <summary>Lists every app the API key can see, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>The apps, all pages read.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var apps = AscGetApps(s => s.WithApiKeyJson("./api_key.json"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Apps")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Apps")]
    public static IReadOnlyList<AscApp> AscGetApps(this ICakeContext context, Action<AscSettings> configure) =>
        AscGetApps(context, AscAliasRunner.Configure(configure));

    /// <summary>Finds one app by bundle id or by Apple's numeric id; fails clearly when the key sees none.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleIdOrAppId">A bundle id such as <c>com.example.app</c>, or Apple's id such as <c>1234567890</c>.</param>
    /// <returns>The app.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var app = AscGetApp("com.example.app");
    /// Information("Apple id of {0} is {1}", app.Name, app.Id);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Apps")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Apps")]
    public static AscApp AscGetApp(this ICakeContext context, string bundleIdOrAppId) =>
        AscGetApp(context, bundleIdOrAppId, (AscSettings?)null);

    /// <summary>Finds one app by bundle id or Apple id, with the key given by the settings.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleIdOrAppId">A bundle id or Apple's id.</param>
    /// <param name="settings">Credentials and options.</param>
    /// <returns>The app.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var app = AscGetApp("1234567890", new AscSettings().WithApiKeyJson("./api_key.json"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Apps")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Apps")]
    public static AscApp AscGetApp(this ICakeContext context, string bundleIdOrAppId, AscSettings? settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bundleIdOrAppId);
        return AscAliasRunner.Run(context, settings, (client, _, ct) => AppResolver.ResolveAsync(client, bundleIdOrAppId, ct));
    }

    /// <summary>Finds one app by bundle id or Apple id, configuring the settings with a callback.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="bundleIdOrAppId">A bundle id or Apple's id.</param>
    /// <param name="configure">Sets credentials and options.</param>
    /// <returns>The app.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Core.AscAppNotFoundException">The key sees no app with that bundle id or Apple id.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused.</exception>
    /// <example>
    /// <code>
    /// var app = AscGetApp("com.example.app", s => s.WithKeyId("2X9R4HXF34").WithPrivateKeyFile("./AuthKey.p8"));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Apps")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Apps")]
    public static AscApp AscGetApp(this ICakeContext context, string bundleIdOrAppId, Action<AscSettings> configure) =>
        AscGetApp(context, bundleIdOrAppId, AscAliasRunner.Configure(configure));
}
