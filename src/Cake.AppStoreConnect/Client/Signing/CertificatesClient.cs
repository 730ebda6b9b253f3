using Cake.AppStoreConnect.Client.Http;
using Cake.AppStoreConnect.Client.JsonApi;

namespace Cake.AppStoreConnect.Client.Signing;

/// <summary>The <c>certificates</c> resource: create from a CSR, list, revoke.</summary>
public sealed class CertificatesClient
{
    private readonly AscConnection _connection;

    internal CertificatesClient(AscConnection connection) => _connection = connection;

    /// <summary>Lists certificates, all pages.</summary>
    /// <param name="certificateTypes">Only these <c>CertificateType</c> values; every type when empty.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The certificates.</returns>
    public async Task<IReadOnlyList<AscCertificate>> ListAsync(IEnumerable<string>? certificateTypes = null, CancellationToken cancellationToken = default)
    {
        var certificates = new List<AscCertificate>();
        var query = new AscQuery().Filter("certificateType", [.. certificateTypes ?? []]).Limit(200);
        await foreach (var resource in _connection.GetAllAsync<CertificateAttributes>("/v1/certificates", query, cancellationToken))
        {
            certificates.Add(AscCertificate.From(resource));
        }

        return certificates;
    }

    /// <summary>Creates a certificate from a certificate signing request. Sent once: resolve a lost answer with <see cref="IdempotentCreate"/>.</summary>
    /// <param name="certificateType">Apple's <c>CertificateType</c>.</param>
    /// <param name="csrPem">The PKCS#10 request, PEM.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The certificate.</returns>
    public async Task<AscCertificate> CreateAsync(string certificateType, string csrPem, CancellationToken cancellationToken = default)
    {
        var body = JsonApiRequest.Create("certificates", new { certificateType, csrContent = csrPem });
        var document = await _connection.SendAsync<JsonApiResource<CertificateAttributes>>(HttpMethod.Post, "/v1/certificates", body, AscRequestKind.Create, cancellationToken);
        return AscCertificate.From(document.Data!);
    }

    /// <summary>Revokes a certificate; profiles holding it become invalid. Irreversible.</summary>
    /// <param name="id">The certificate.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it is revoked.</returns>
    public Task RevokeAsync(string id, CancellationToken cancellationToken = default) =>
        _connection.SendWithoutResultAsync(HttpMethod.Delete, $"/v1/certificates/{Uri.EscapeDataString(id)}", null, AscRequestKind.Idempotent, cancellationToken);
}
