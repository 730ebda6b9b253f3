using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Client.Signing;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Signing;

/// <summary>Registers devices by UDID: an existing one is renamed or re-enabled, never registered twice.</summary>
internal sealed class DeviceService
{
    /// <summary>Apple's slots per product family per membership year (https://developer.apple.com/news/?id=11022009b).</summary>
    private const int SlotsPerFamily = 100;

    private readonly AppStoreConnectClient _client;

    public DeviceService(AppStoreConnectClient client) => _client = client;

    /// <summary>Checks every UDID and name before any request.</summary>
    public static List<AscDeviceRegistration> Validate(IEnumerable<AscDeviceRegistration> devices)
    {
        var list = devices.Select(d => d with { Udid = d.Udid.Trim(), Platform = d.Platform.Trim().ToUpperInvariant() }).ToList();
        var problems = list.Select(d => (d, Problem: string.IsNullOrWhiteSpace(d.Name) ? "the name is empty" : d.UdidProblem()))
            .Where(p => p.Problem is not null).Select(p => $"'{AscText.Echo(p.d.Udid)}' ({AscText.Echo(p.d.Name)}): {p.Problem}").ToList();
        problems.AddRange(list.GroupBy(d => d.Udid, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"'{AscText.Echo(g.Key)}' is listed {g.Count()} times"));
        return problems.Count == 0
            ? list
            : throw new ArgumentException($"Devices not registered, nothing was changed: {string.Join("; ", problems)}.");
    }

    public async Task<AscChangeResult<IReadOnlyList<AscDevice>>> RegisterAsync(IReadOnlyList<AscDeviceRegistration> devices, AscRegisterDevicesSettings settings, CancellationToken cancellationToken)
    {
        SigningAccess.RefuseIndividualKey(_client.Connection);
        var plan = ChangePlan.For(_client.Connection, settings);
        var existing = await _client.Devices.ListAsync(cancellationToken: cancellationToken);
        var result = new List<AscDevice>();
        foreach (var wanted in devices)
        {
            var device = existing.FirstOrDefault(d => string.Equals(d.Udid, wanted.Udid, StringComparison.OrdinalIgnoreCase));
            if (device is null)
            {
                await plan.ChangeAsync($"register {wanted.Name} ({wanted.Udid}, {wanted.Platform})", async () => result.Add(await CreateAsync(wanted, cancellationToken)));
                continue;
            }

            var rename = device.Name != wanted.Name ? wanted.Name : null;
            var enable = device.IsEnabled || !settings.ReenableDisabled ? null : "ENABLED";
            if (rename is null && enable is null)
            {
                plan.InPlace($"{device.Name} ({device.Udid})");
                result.Add(device);
                continue;
            }

            var what = string.Join(" and ", new[] { rename is null ? null : $"rename {device.Udid} from '{device.Name}' to '{rename}'", enable is null ? null : $"re-enable {device.Udid}" }.OfType<string>());
            await plan.ChangeAsync(what, async () => device = await _client.Devices.UpdateAsync(device.Id, rename, enable, cancellationToken));
            result.Add(device);
        }

        plan.Finish($"{devices.Count} device(s)");
        return plan.Result<IReadOnlyList<AscDevice>>(result);
    }

    private async Task<AscDevice> CreateAsync(AscDeviceRegistration wanted, CancellationToken cancellationToken)
    {
        try
        {
            var (device, _) = await IdempotentCreate.RunAsync(
                $"the device {wanted.Udid}",
                async ct => (await _client.Devices.ListAsync(cancellationToken: ct)).FirstOrDefault(d => string.Equals(d.Udid, wanted.Udid, StringComparison.OrdinalIgnoreCase)),
                ct => _client.Devices.RegisterAsync(wanted.Udid, wanted.Name, wanted.Platform, ct),
                _client.Connection.Log,
                cancellationToken: cancellationToken);
            return device;
        }
        catch (AscForbiddenException e)
        {
            // Apple answers a full device family with 403; the families are re-read to say which one.
            var full = (await _client.Devices.ListAsync(cancellationToken: cancellationToken))
                .GroupBy(d => d.DeviceClass ?? "unknown").Where(g => g.Count() >= SlotsPerFamily).ToList();
            if (full.Count == 0)
            {
                throw;
            }

            throw new AscSigningException(
                $"Apple refused to register {AscText.Echo(wanted.Name)} ({wanted.Udid}): the team has used its device slots for {string.Join(", ", full.Select(g => $"{g.Key} ({g.Count()} registered, disabled ones included)"))}. " +
                $"Apple allows {SlotsPerFamily} devices per product family per membership year, and a disabled device keeps its slot until the membership renews. Register it after the renewal, or disable devices then to free their slots.",
                e);
        }
    }
}
