using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Cake.AppStoreConnect.Tests.Emulator;

/// <summary>Exercises every provisioning operation the emulator implements (bundle ids, capabilities, devices, certificates, profiles), for <see cref="ContractTests"/>.</summary>
internal static class SigningContractSteps
{
    public const string SeededDistributionCertificate = "SEEDDIST01";

    public static string Csr(RSA key) =>
        new CertificateRequest("CN=Contract, O=Cake", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequestPem();

    public static async Task ExerciseAsync(Func<HttpMethod, string, HttpStatusCode, object?, Task<JsonNode>> expect)
    {
        static string Id(JsonNode node) => node["data"]!["id"]!.GetValue<string>();
        static object Linkages(string type, params string[] ids) => new { data = ids.Select(id => new { type, id }).ToArray() };

        // bundleIds and capabilities
        var bundle = Id(await expect(HttpMethod.Post, "/v1/bundleIds", HttpStatusCode.Created, new { data = new { type = "bundleIds", attributes = new { name = "Contract", platform = "IOS", identifier = "com.example.contract" } } }));
        await expect(HttpMethod.Post, "/v1/bundleIds", HttpStatusCode.Conflict, new { data = new { type = "bundleIds", attributes = new { name = "Again", platform = "IOS", identifier = "com.example.contract" } } });
        await expect(HttpMethod.Get, "/v1/bundleIds?filter[identifier]=com.example&filter[platform]=IOS,UNIVERSAL&sort=identifier&include=bundleIdCapabilities,profiles,app&limit=5", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/bundleIds/{bundle}?include=bundleIdCapabilities", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, "/v1/bundleIds/NOSUCHID", HttpStatusCode.NotFound, null);
        await expect(HttpMethod.Patch, $"/v1/bundleIds/{bundle}", HttpStatusCode.OK, new { data = new { type = "bundleIds", id = bundle, attributes = new { name = "Contract App" } } });
        var capability = Id(await expect(HttpMethod.Post, "/v1/bundleIdCapabilities", HttpStatusCode.Created, new
        {
            data = new
            {
                type = "bundleIdCapabilities",
                attributes = new { capabilityType = "ICLOUD", settings = new[] { new { key = "ICLOUD_VERSION", options = new[] { new { key = "XCODE_6", enabled = true } } } } },
                relationships = new { bundleId = new { data = new { type = "bundleIds", id = bundle } } },
            },
        }));
        await expect(HttpMethod.Post, "/v1/bundleIdCapabilities", HttpStatusCode.Conflict, new { data = new { type = "bundleIdCapabilities", attributes = new { capabilityType = "ICLOUD" }, relationships = new { bundleId = new { data = new { type = "bundleIds", id = bundle } } } } });
        await expect(HttpMethod.Patch, $"/v1/bundleIdCapabilities/{capability}", HttpStatusCode.OK, new { data = new { type = "bundleIdCapabilities", id = capability, attributes = new { settings = new[] { new { key = "ICLOUD_VERSION", options = new[] { new { key = "XCODE_5", enabled = true } } } } } } });
        await expect(HttpMethod.Delete, $"/v1/bundleIdCapabilities/{capability}", HttpStatusCode.NoContent, null);
        await expect(HttpMethod.Delete, $"/v1/bundleIdCapabilities/{capability}", HttpStatusCode.NotFound, null);

        // devices
        var device = Id(await expect(HttpMethod.Post, "/v1/devices", HttpStatusCode.Created, new { data = new { type = "devices", attributes = new { name = "Contract iPhone", platform = "IOS", udid = "00008110-000C0FFEE0C0FFEE" } } }));
        await expect(HttpMethod.Post, "/v1/devices", HttpStatusCode.Conflict, new { data = new { type = "devices", attributes = new { name = "Again", platform = "IOS", udid = "00008110-000C0FFEE0C0FFEE" } } });
        await expect(HttpMethod.Post, "/v1/devices", HttpStatusCode.Conflict, new { data = new { type = "devices", attributes = new { name = "Bad", platform = "IOS", udid = "not-a-udid" } } });
        await expect(HttpMethod.Get, "/v1/devices?filter[platform]=IOS&filter[status]=ENABLED&sort=-name&limit=10", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/devices/{device}", HttpStatusCode.OK, null);
        await expect(HttpMethod.Patch, $"/v1/devices/{device}", HttpStatusCode.OK, new { data = new { type = "devices", id = device, attributes = new { name = "Contract iPhone 15", status = "ENABLED" } } });

        // certificates
        using var key = RSA.Create(2048);
        var certificate = Id(await expect(HttpMethod.Post, "/v1/certificates", HttpStatusCode.Created, new { data = new { type = "certificates", attributes = new { csrContent = Csr(key), certificateType = "DISTRIBUTION" } } }));
        await expect(HttpMethod.Post, "/v1/certificates", HttpStatusCode.Conflict, new { data = new { type = "certificates", attributes = new { csrContent = Csr(key), certificateType = "DISTRIBUTION" } } });
        await expect(HttpMethod.Post, "/v1/certificates", HttpStatusCode.Forbidden, new { data = new { type = "certificates", attributes = new { csrContent = Csr(key), certificateType = "DEVELOPER_ID_APPLICATION" } } });
        var development = Id(await expect(HttpMethod.Post, "/v1/certificates", HttpStatusCode.Created, new { data = new { type = "certificates", attributes = new { csrContent = Csr(key), certificateType = "IOS_DEVELOPMENT" } } }));
        await expect(HttpMethod.Post, "/v1/certificates", HttpStatusCode.Conflict, new { data = new { type = "certificates", attributes = new { csrContent = "garbage", certificateType = "IOS_DEVELOPMENT" } } });
        await expect(HttpMethod.Get, "/v1/certificates?filter[certificateType]=DISTRIBUTION,IOS_DEVELOPMENT&sort=-serialNumber&fields[certificates]=name,certificateType,serialNumber,expirationDate,certificateContent&limit=10", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/certificates/{certificate}", HttpStatusCode.OK, null);
        await expect(HttpMethod.Patch, $"/v1/certificates/{certificate}", HttpStatusCode.OK, new { data = new { type = "certificates", id = certificate, attributes = new { activated = true } } });

        // profiles
        var store = Id(await expect(HttpMethod.Post, "/v1/profiles", HttpStatusCode.Created, new
        {
            data = new
            {
                type = "profiles",
                attributes = new { name = "Contract App Store", profileType = "IOS_APP_STORE" },
                relationships = new { bundleId = new { data = new { type = "bundleIds", id = bundle } }, certificates = Linkages("certificates", certificate) },
            },
        }));
        await expect(HttpMethod.Post, "/v1/profiles", HttpStatusCode.Conflict, new
        {
            data = new
            {
                type = "profiles",
                attributes = new { name = "Contract Ad Hoc", profileType = "IOS_APP_ADHOC" },
                relationships = new { bundleId = new { data = new { type = "bundleIds", id = bundle } }, certificates = Linkages("certificates", certificate) },
            },
        });
        var adhoc = Id(await expect(HttpMethod.Post, "/v1/profiles", HttpStatusCode.Created, new
        {
            data = new
            {
                type = "profiles",
                attributes = new { name = "Contract Development", profileType = "IOS_APP_DEVELOPMENT" },
                relationships = new { bundleId = new { data = new { type = "bundleIds", id = bundle } }, certificates = Linkages("certificates", development), devices = Linkages("devices", device) },
            },
        }));
        await expect(HttpMethod.Get, "/v1/profiles?filter[profileType]=IOS_APP_STORE,IOS_APP_DEVELOPMENT&filter[profileState]=ACTIVE&sort=name&include=bundleId,certificates,devices&limit=10", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/profiles/{store}?include=bundleId,certificates,devices", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/profiles/{adhoc}/devices", HttpStatusCode.OK, null);
        await expect(HttpMethod.Get, $"/v1/bundleIds/{bundle}/profiles", HttpStatusCode.OK, null);
        await expect(HttpMethod.Delete, $"/v1/profiles/{adhoc}", HttpStatusCode.NoContent, null);
        await expect(HttpMethod.Delete, $"/v1/profiles/{adhoc}", HttpStatusCode.NotFound, null);
        await expect(HttpMethod.Delete, $"/v1/certificates/{development}", HttpStatusCode.NoContent, null);
        await expect(HttpMethod.Delete, $"/v1/certificates/{development}", HttpStatusCode.NotFound, null);
        var spare = Id(await expect(HttpMethod.Post, "/v1/bundleIds", HttpStatusCode.Created, new { data = new { type = "bundleIds", attributes = new { name = "Spare", platform = "MAC_OS", identifier = "com.example.spare" } } }));
        await expect(HttpMethod.Delete, $"/v1/bundleIds/{spare}", HttpStatusCode.NoContent, null);
    }
}
