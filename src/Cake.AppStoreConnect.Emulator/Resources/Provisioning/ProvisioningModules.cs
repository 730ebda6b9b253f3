using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.Resources.BundleIds;
using Cake.AppStoreConnect.Emulator.Resources.Certificates;
using Cake.AppStoreConnect.Emulator.Resources.Devices;
using Cake.AppStoreConnect.Emulator.Resources.Profiles;

namespace Cake.AppStoreConnect.Emulator.Resources.Provisioning;

/// <summary>The provisioning resources, registered together (profiles refer to the other three), so the shared module list gains one line.</summary>
internal sealed class ProvisioningModules : IResourceModule
{
    private readonly IResourceModule[] _modules = [new BundleIdsModule(), new DevicesModule(), new CertificatesModule(), new ProfilesModule()];

    public void Register(EmulatorContext context)
    {
        foreach (var module in _modules)
        {
            module.Register(context);
        }
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        foreach (var module in _modules)
        {
            module.MapRoutes(routes, context);
        }
    }
}
