using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Core;
using System.Runtime.CompilerServices;
using Cake.AppStoreConnect.Credentials;
using Cake.AppStoreConnect.RunSummaries;
using Cake.Core;

namespace Cake.AppStoreConnect;

/// <summary>
/// Runs an alias's work synchronously, as Cake aliases are, with the client built from its settings.
/// <c>GetAwaiter().GetResult()</c> rather than <c>.Wait()</c>, so the real exception reaches Cake.
/// </summary>
internal static class AscAliasRunner
{
    public static TResult Run<TSettings, TResult>(ICakeContext context, TSettings? settings, Func<AppStoreConnectClient, TSettings, CancellationToken, Task<TResult>> work, [CallerMemberName] string alias = "")
        where TSettings : AscSettings, new()
    {
        ArgumentNullException.ThrowIfNull(context);
        settings ??= new TSettings();
        var client = AscClientFactory.Create(context, settings);
        var result = work(client, settings, CancellationToken.None).GetAwaiter().GetResult();
        if (result is IAscChangeResult change)
        {
            // The one place results are produced: every changing alias reaches the CI run summary from here.
            CiRunSummary.Publish(context, settings, alias, change);
        }

        return result;
    }

    public static TSettings Configure<TSettings>(Action<TSettings> configure)
        where TSettings : AscSettings, new()
    {
        ArgumentNullException.ThrowIfNull(configure);
        var settings = new TSettings();
        configure(settings);
        return settings;
    }
}
