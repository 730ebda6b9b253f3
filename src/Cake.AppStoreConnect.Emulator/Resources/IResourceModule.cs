using Cake.AppStoreConnect.Emulator.Hosting;

namespace Cake.AppStoreConnect.Emulator.Resources;

/// <summary>
/// One resource type (or a few tightly bound ones) of the emulated API: its table, its wire shape and its
/// routes. Adding a resource is a new folder under <c>Resources/</c> with a module, and one line in
/// <see cref="ResourceModules"/>.
/// </summary>
internal interface IResourceModule
{
    /// <summary>Declares tables (<c>Store.Register</c>), descriptors (<c>Registry.Add</c>) and time-driven transitions.</summary>
    void Register(EmulatorContext context);

    /// <summary>Maps the module's Apple paths; the API pipeline has already authenticated the request.</summary>
    void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context);
}
