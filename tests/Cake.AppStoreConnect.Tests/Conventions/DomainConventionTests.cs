using System.Net;
using System.Reflection;
using Cake.AppStoreConnect.Builds;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Client.Errors;
using Cake.AppStoreConnect.Core;
using Cake.Core;

namespace Cake.AppStoreConnect.Tests.Conventions;

/// <summary>The domain contracts every area keeps: one exception root, and one result shape for every change.</summary>
public sealed class DomainConventionTests
{
    private static readonly Assembly AddIn = typeof(AppStoreConnectAliases).Assembly;

    /// <summary>
    /// Aliases that only read (or write a local file from what they read, or start the local rehearsal
    /// emulator, or report what it changed); every other alias changes App Store Connect.
    /// </summary>
    private static readonly string[] ReadingPrefixes = ["AscGet", "AscExport", "AscVerify", "AscWaitFor", "AscDownload", "AscCheck", "AscStartEmulator", "AscReportEmulatorChanges"];

    private static IEnumerable<TestCaseData> Exceptions() =>
        AddIn.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t))
            .Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

    private static IEnumerable<TestCaseData> MutatingAliases() =>
        typeof(AppStoreConnectAliases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(ICakeContext))
            .Where(m => !ReadingPrefixes.Any(p => m.Name.StartsWith(p, StringComparison.Ordinal)))
            .Select(m => new TestCaseData(m).SetArgDisplayNames($"{m.Name}({string.Join(", ", m.GetParameters().Skip(1).Select(p => p.ParameterType.Name))})"));

    [Test]
    public void Should_Have_Exceptions_And_Mutating_Aliases_To_Check()
    {
        Assert.That(Exceptions().Count(), Is.GreaterThan(10));
        Assert.That(MutatingAliases().Count(), Is.GreaterThan(40));
    }

    [TestCaseSource(nameof(Exceptions))]
    public void Every_Public_Exception_Should_Derive_From_AscException(Type exception)
    {
        Assert.That(typeof(AscException).IsAssignableFrom(exception), Is.True, $"{exception.FullName} derives from {exception.BaseType}; a caller's catch (AscException) must catch it");
    }

    [Test]
    public void Should_Keep_An_Explained_Refusal_In_The_Api_Branch_With_Apples_Codes()
    {
        // Given Apple's refusal of a beta review submission
        var refusal = new AscInvalidRequestException(HttpStatusCode.UnprocessableEntity, "POST", "/v1/betaAppReviewSubmissions", [new AscError { Status = "422", Code = "ENTITY_ERROR.ATTRIBUTE.INVALID", Title = "An attribute value is invalid.", Detail = "The build is missing export compliance." }], null);
        var build = new AscBuild("b1", "7", "1.0", "IOS", AscBuildProcessingState.Valid, null, null, false, null, null);

        // When
        var explained = new AscExportComplianceMissingException(refusal, build);

        // Then
        Assert.That(explained, Is.InstanceOf<AscInvalidRequestException>().And.InstanceOf<AscApiException>().And.InstanceOf<AscException>());
        Assert.That(explained.HasErrorCode("ENTITY_ERROR.ATTRIBUTE.INVALID"), Is.True);
        Assert.That(explained.BuildId, Is.EqualTo("b1"));
        Assert.That(explained.Message, Does.Contain("UsesNonExemptEncryption").And.Contain("What to do:"));
    }

    [TestCaseSource(nameof(MutatingAliases))]
    public void Every_Mutating_Alias_Should_Return_Its_Plan(MethodInfo alias)
    {
        Assert.That(typeof(IAscChangeResult).IsAssignableFrom(alias.ReturnType), Is.True, $"{alias.Name} returns {alias.ReturnType.Name}; a mutating alias returns DryRun, Changes and AlreadyInPlace (IAscChangeResult)");
    }
}
