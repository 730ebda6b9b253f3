using System.Text.RegularExpressions;
using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>Makes a bundle id exist with a name and exactly the capabilities asked for.</summary>
internal sealed partial class BundleIdService
{
    private static readonly string[] Platforms = ["IOS", "MAC_OS", "UNIVERSAL"];

    private readonly AppStoreConnectClient _client;

    public BundleIdService(AppStoreConnectClient client) => _client = client;

    /// <summary>Checks the input before any request.</summary>
    public static void Validate(string identifier, AscEnsureBundleIdSettings settings)
    {
        if (!IdentifierPattern().IsMatch(identifier))
        {
            throw new ArgumentException($"Bundle id '{AscText.Echo(identifier)}' is not valid: use letters, digits, hyphens and periods (reverse-DNS, such as com.example.app). Nothing was changed.", nameof(identifier));
        }

        settings.Platform = settings.Platform.Trim().ToUpperInvariant();
        if (!Platforms.Contains(settings.Platform))
        {
            throw new ArgumentException($"Platform '{AscText.Echo(settings.Platform)}' is not one a bundle id takes; use IOS, MAC_OS or UNIVERSAL. Nothing was changed.", nameof(settings));
        }

        if (settings.Capabilities?.GroupBy(c => c.Type.ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Capability {twice.Key} is listed twice in Capabilities. Nothing was changed.", nameof(settings));
        }
    }

    public async Task<AscChangeResult<AscBundleId>> EnsureAsync(string identifier, AscEnsureBundleIdSettings settings, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        var plan = ChangePlan.For(_client.Connection, settings);
        var bundle = await _client.BundleIds.FindAsync(identifier, cancellationToken);
        if (bundle is null)
        {
            var name = settings.Name ?? identifier.Replace('.', ' ');
            var what = $"register the bundle id {identifier} ({settings.Platform}, '{name}')";
            if (plan.DryRun)
            {
                plan.Change(what);
                foreach (var capability in settings.Capabilities ?? [])
                {
                    plan.Change($"enable {capability.Type}");
                }

                plan.Finish($"bundle id {identifier}");
                return plan.Result<AscBundleId>(null);
            }

            (bundle, _) = await IdempotentCreate.RunAsync(
                $"the bundle id {identifier}",
                ct => _client.BundleIds.FindAsync(identifier, ct),
                ct => _client.BundleIds.CreateAsync(identifier, name, settings.Platform, ct),
                _client.Connection.Log,
                cancellationToken: cancellationToken);
            plan.Change(what);
        }
        else
        {
            plan.InPlace($"bundle id {bundle}");
            if (settings.Name is { } name && name != bundle.Name)
            {
                var current = bundle;
                await plan.ChangeAsync($"rename {identifier} from '{current.Name}' to '{name}'", async () => bundle = await _client.BundleIds.RenameAsync(current.Id, name, cancellationToken));
            }

            if (bundle.Platform != settings.Platform)
            {
                plan.NotApplied($"platform {settings.Platform}", $"the bundle id is registered for {bundle.Platform}, and Apple cannot change a bundle id's platform");
            }
        }

        if (settings.Capabilities is { } wanted)
        {
            await SyncCapabilitiesAsync(bundle, wanted, plan, cancellationToken);
        }

        plan.Finish($"bundle id {identifier}");
        return plan.Result(bundle);
    }

    private async Task SyncCapabilitiesAsync(AscBundleId bundle, IList<AscCapability> wanted, ChangePlan plan, CancellationToken cancellationToken)
    {
        var enabled = await _client.BundleIds.GetCapabilitiesAsync(bundle.Id, cancellationToken);
        foreach (var capability in wanted)
        {
            var type = capability.Type.ToUpperInvariant();
            var current = enabled.FirstOrDefault(c => c.CapabilityType == type);
            if (current is null)
            {
                await plan.ChangeAsync($"enable {type}", () => _client.BundleIds.EnableCapabilityAsync(bundle.Id, type, capability.Settings, cancellationToken));
            }
            else if (capability.Settings is { } settings && !SameSettings(settings, current.Settings))
            {
                await plan.ChangeAsync($"change the settings of {type}", () => _client.BundleIds.UpdateCapabilityAsync(current.Id, type, settings, cancellationToken));
            }
            else
            {
                plan.InPlace($"{type} enabled");
            }
        }

        foreach (var extra in enabled.Where(c => !wanted.Any(w => string.Equals(w.Type, c.CapabilityType, StringComparison.OrdinalIgnoreCase))))
        {
            await plan.ChangeAsync($"disable {extra.CapabilityType}", () => _client.BundleIds.DisableCapabilityAsync(extra.Id, cancellationToken));
        }
    }

    private static bool SameSettings(IReadOnlyList<AscCapabilitySetting> wanted, IReadOnlyList<AscCapabilitySetting> current) =>
        wanted.All(w => current.Any(c => c.SameAs(w)));

    [GeneratedRegex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(\.\*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
