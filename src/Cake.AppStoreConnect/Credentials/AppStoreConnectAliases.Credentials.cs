using Cake.AppStoreConnect.Credentials;
using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;

namespace Cake.AppStoreConnect;

/// <content>The credential check.</content>
public static partial class AppStoreConnectAliases
{
    /// <summary>
    /// Checks the App Store Connect API key with one cheap request and reports who the key is and what
    /// it can see. A refusal is explained: revoked key, wrong issuer id, clock skew, role too narrow,
    /// agreements to accept.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The key's identity and what it can see.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused; the message explains the likely cause.</exception>
    /// <example>
    /// <code>
    /// Task("Check-Key").Does(() =>
    /// {
    ///     var check = AscVerifyCredentials();
    ///     Information("Key {0} sees {1} apps", check.KeyId, check.VisibleAppCount);
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Credentials")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Credentials")]
    public static AscCredentialCheck AscVerifyCredentials(this ICakeContext context) =>
        AscVerifyCredentials(context, (AscVerifyCredentialsSettings?)null);

    /// <summary>Checks the App Store Connect API key given by the settings or the environment, and the permissions they require.</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">Credentials, options and required permissions; unset credentials come from the environment.</param>
    /// <returns>The key's identity and what it can see.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused; the message explains the likely cause.</exception>
    /// <example>
    /// <code>
    /// var check = AscVerifyCredentials(new AscVerifyCredentialsSettings { KeyId = "2X9R4HXF34", PrivateKeyFile = "./AuthKey_2X9R4HXF34.p8" }
    ///     .WithIssuerId(EnvironmentVariable("MY_ISSUER")));
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Credentials")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Credentials")]
    public static AscCredentialCheck AscVerifyCredentials(this ICakeContext context, AscVerifyCredentialsSettings? settings) =>
        AscAliasRunner.Run(context, settings, async (client, _, ct) =>
        {
            var required = settings?.RequiredPermissions.ToList() ?? [];
            var check = await new AscCredentialVerifier(client).VerifyAsync(required, ct);
            if (check.Permissions.Count > 0)
            {
                context.Log.Information("App Store Connect key {0} may do every job required:{1}{2}", check.KeyId, Environment.NewLine, check.PermissionTable());
            }

            if (check.Limitation is not null)
            {
                context.Log.Warning("App Store Connect key {0} works with limits: {1}", check.KeyId, check.Limitation);
                return check;
            }

            context.Log.Information(
                "App Store Connect key {0} works: {1}{2}, read from {3}; it sees {4} app(s){5}.",
                check.KeyId,
                check.IsIndividualKey ? "individual key" : $"team key of issuer {check.IssuerId}",
                check.InHouse ? " (enterprise)" : string.Empty,
                check.KeySource,
                check.VisibleAppCount,
                check.VisibleApps.Count == 0 ? string.Empty : ": " + string.Join(", ", check.VisibleApps));
            return check;
        });

    /// <summary>
    /// Checks the App Store Connect API key, configuring the settings with a callback; with <c>Require(…)</c> it also
    /// finds out, without changing anything, whether the key may do each job, and fails with a table (permission,
    /// yes/no, the roles that allow it) when one is missing. Reads prove a permission; a write is probed with a
    /// request naming a resource that cannot exist, so a role refusal (403) and a validation refusal (4xx) tell
    /// them apart and nothing is created.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="configure">Sets credentials, options and the required permissions.</param>
    /// <returns>The key's identity and what it can see.</returns>
    /// <exception cref="System.ArgumentException">Bad input, found before any request; the message names what to fix.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Errors.AscApiException">App Store Connect refused a request; the message carries Apple's codes and says what to do.</exception>
    /// <exception cref="Cake.AppStoreConnect.Client.Authentication.AscCredentialsException">The API key is missing, unreadable or refused; the message explains the likely cause.</exception>
    /// <exception cref="AscMissingPermissionsException">The key may not do a required job; the message is the permission table.</exception>
    /// <example>
    /// <code>
    /// var check = AscVerifyCredentials(s => s.WithApiKeyJson("./api_key.json"));
    ///
    /// Task("Check-Key").Does(() =>
    /// {
    ///     var key = AscVerifyCredentials(s => s.Require(AscPermission.UploadBuilds, AscPermission.ManageTestFlight, AscPermission.SubmitForReview));
    ///     Information("{0} key {1} may do every job", key.KeyKind, key.KeyId);
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    [CakeAliasCategory("Credentials")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Core")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Credentials")]
    [CakeNamespaceImport("Cake.AppStoreConnect.Client.Access")]
    public static AscCredentialCheck AscVerifyCredentials(this ICakeContext context, Action<AscVerifyCredentialsSettings> configure) =>
        AscVerifyCredentials(context, AscAliasRunner.Configure(configure));
}
