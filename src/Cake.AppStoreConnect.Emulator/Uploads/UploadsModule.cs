using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.Resources;

namespace Cake.AppStoreConnect.Emulator.Uploads;

/// <summary>The pre-signed part URLs shared by every upload target; the targets register themselves in their own modules.</summary>
internal sealed class UploadsModule : IResourceModule
{
    public void Register(EmulatorContext context)
    {
    }

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context) => UploadPartEndpoint.Map(routes, context);
}
