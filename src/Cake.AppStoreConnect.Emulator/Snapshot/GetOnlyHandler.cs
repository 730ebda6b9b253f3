namespace Cake.AppStoreConnect.Emulator.Snapshot;

/// <summary>
/// The snapshot's guarantee that it only reads the user's account: any request but GET is refused here, before it
/// leaves the machine, whatever the code above asks for.
/// </summary>
internal sealed class GetOnlyHandler : DelegatingHandler
{
    public GetOnlyHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Method == HttpMethod.Get
            ? base.SendAsync(request, cancellationToken)
            : throw new InvalidOperationException($"The snapshot only reads the account: {request.Method} {request.RequestUri?.AbsolutePath} was refused before it was sent.");
}
