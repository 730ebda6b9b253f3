using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Cake.AppStoreConnect.Emulator.Hosting;
using Cake.AppStoreConnect.Emulator.JsonApi;
using Cake.AppStoreConnect.Emulator.Resources.Provisioning;
using Cake.AppStoreConnect.Emulator.State;

namespace Cake.AppStoreConnect.Emulator.Resources.Certificates;

/// <summary>
/// <c>/v1/certificates</c>: a CSR in, a certificate signed by the emulator's CA out; Apple's per-type
/// limit; Developer ID for the Account Holder only; DELETE revokes.
/// </summary>
internal sealed class CertificatesModule : IResourceModule
{
    private static readonly CertificateDescriptor Descriptor = new();

    private static readonly QueryRules<CertificateRecord> CollectionRules = new QueryRules<CertificateRecord>(Descriptor).Paged()
        .Filter("displayName", (x, _) => x.DisplayName)
        .Filter("certificateType", (x, _) => x.CertificateType, CertificateRecord.Types)
        .Filter("serialNumber", (x, _) => x.SerialNumber)
        .Filter("id", (x, _) => x.Id)
        .Sort("displayName", (x, _) => x.DisplayName)
        .Sort("certificateType", (x, _) => x.CertificateType)
        .Sort("serialNumber", (x, _) => x.SerialNumber)
        .Sort("id", (x, _) => x.Id);

    private static readonly QueryRules<CertificateRecord> InstanceRules = new(Descriptor);

    public void Register(EmulatorContext context) => context.AddResource(Descriptor);

    public void MapRoutes(IEndpointRouteBuilder routes, EmulatorContext context)
    {
        routes.MapReads(context, CollectionRules, InstanceRules);
        routes.MapPost("/v1/certificates", (Delegate)((HttpContext http) => CreateAsync(http, context)));
        routes.MapPatch("/v1/certificates/{id}", (HttpContext http, string id) => UpdateAsync(http, context, id));
        routes.MapDelete(context, Descriptor);
    }

    /// <summary>
    /// How many current certificates of a type an account may hold; null: no limit modelled. Distribution: 2
    /// (fastlane issue #12456, a maintainer; Apple does not publish it). Developer ID: 5 (Apple, Developer
    /// Account Help, "Create Developer ID certificates"). Development: none modelled (a guess).
    /// </summary>
    public static int? LimitOf(string type) => type switch
    {
        "DISTRIBUTION" or "IOS_DISTRIBUTION" or "MAC_APP_DISTRIBUTION" or "MAC_INSTALLER_DISTRIBUTION" => 2,
        "DEVELOPER_ID_APPLICATION" or "DEVELOPER_ID_APPLICATION_G2" or "DEVELOPER_ID_KEXT" or "DEVELOPER_ID_KEXT_G2" => 5,
        _ => null,
    };

    /// <summary>The words Apple's certificate names and limit errors use for a type.</summary>
    public static string LabelOf(string type) => type switch
    {
        "DISTRIBUTION" => "Apple Distribution",
        "DEVELOPMENT" => "Apple Development",
        "IOS_DISTRIBUTION" => "iPhone Distribution",
        "IOS_DEVELOPMENT" => "iPhone Developer",
        "MAC_APP_DISTRIBUTION" => "3rd Party Mac Developer Application",
        "MAC_INSTALLER_DISTRIBUTION" => "3rd Party Mac Developer Installer",
        "MAC_APP_DEVELOPMENT" => "Mac Developer",
        "DEVELOPER_ID_APPLICATION" or "DEVELOPER_ID_APPLICATION_G2" => "Developer ID Application",
        "DEVELOPER_ID_KEXT" or "DEVELOPER_ID_KEXT_G2" => "Developer ID Kext",
        _ => type,
    };

    /// <summary>How long a certificate of a type is valid: Developer ID five years, the others one.</summary>
    public static TimeSpan LifetimeOf(string type) => type.StartsWith("DEVELOPER_ID_", StringComparison.Ordinal) ? TimeSpan.FromDays(5 * 365) : TimeSpan.FromDays(365);

    /// <summary>The platform a certificate of a type shows: IOS or MAC_OS for the platform's own types, none for the rest.</summary>
    public static string? PlatformOf(string type) => type.StartsWith("IOS_", StringComparison.Ordinal) ? "IOS" : type.StartsWith("MAC_", StringComparison.Ordinal) ? "MAC_OS" : null;

    /// <summary>The subject Apple gives a signing certificate: the type's label, team name and team id.</summary>
    public static X500DistinguishedName SubjectOf(string id, string label) =>
        new($"UID={id}, CN={label}: {ProvisioningAccess.TeamName} ({ProvisioningAccess.TeamId}), OU={ProvisioningAccess.TeamId}, O={ProvisioningAccess.TeamName}, C=US");

    private static async Task<IResult> CreateAsync(HttpContext http, EmulatorContext context)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, null, ["csrContent", "certificateType"], ["merchantId", "passTypeId"]);
        var type = entity.RequiredEnum("certificateType", CertificateRecord.Types);
        var publicKey = ReadCsr(entity.RequiredString("csrContent"));
        ProvisioningAccess.RefuseDeveloperIdCertificate(type);

        return Api.Write(http, context, c =>
        {
            var label = LabelOf(type);
            if (LimitOf(type) is { } limit && c.Table<CertificateRecord>().Where(x => x.CertificateType == type && x.ExpirationDate > c.Now).Count() >= limit)
            {
                throw Errors.Conflict(EntityReader.Pointer("certificateType"), $"Could not create another {label} certificate, reached the maximum number of available {label} certificates.");
            }

            var id = Ids.NewKeyId();
            var serial = RandomNumberGenerator.GetBytes(8);
            serial[0] &= 0x7F;
            using var issued = EmulatorCertificateAuthority.Issue(publicKey, SubjectOf(id, label), c.Now.AddMinutes(-1), c.Now + LifetimeOf(type), serial);
            var certificate = new CertificateRecord
            {
                Id = id,
                Name = $"{label}: {ProvisioningAccess.TeamName}",
                DisplayName = ProvisioningAccess.TeamName,
                CertificateType = type,
                SerialNumber = issued.SerialNumber,
                Platform = PlatformOf(type),
                ExpirationDate = new DateTimeOffset(issued.NotAfter.ToUniversalTime(), TimeSpan.Zero),
                Content = Convert.ToBase64String(issued.RawData),
            };
            return Writes.Add(http, c, Descriptor, certificate, query);
        });
    }

    /// <summary>Reads a PKCS#10 CSR, as PEM text or bare base64 DER, and checks its signature.</summary>
    private static PublicKey ReadCsr(string csr)
    {
        try
        {
            var request = csr.Contains("-----BEGIN", StringComparison.Ordinal)
                ? CertificateRequest.LoadSigningRequestPem(csr, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default, RSASignaturePadding.Pkcs1)
                : CertificateRequest.LoadSigningRequest(Convert.FromBase64String(csr.Trim()), HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default, RSASignaturePadding.Pkcs1);
            return request.PublicKey;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            throw Errors.Conflict(EntityReader.Pointer("csrContent"), "The certificate signing request in 'csrContent' could not be read: send a PKCS#10 CSR, PEM or base64 DER.");
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, EmulatorContext context, string id)
    {
        var (query, entity) = await Writes.ReadAsync(http, context, InstanceRules, id, ["activated"], []);
        var activated = entity.OptionalBoolean("activated");
        return Writes.Update(http, context, Descriptor, id, query, (certificate, _) => certificate.Activated = activated ?? certificate.Activated);
    }
}
