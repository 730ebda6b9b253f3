using Cake.AppStoreConnect.Client;
using Cake.AppStoreConnect.Client.Builds;
using Cake.AppStoreConnect.Core;

namespace Cake.AppStoreConnect.Builds;

/// <summary>
/// The export compliance question of a build ("does it use non-exempt encryption?"), answered in one
/// place with one meaning for every alias: it is answered when unanswered, and an answer already given
/// stays, because Apple does not change an answer once given. A request for the other answer is
/// reported as not applied, never overwritten.
/// </summary>
internal static class ExportCompliance
{
    /// <summary>Answers the question when the build has no answer yet and one was asked for.</summary>
    /// <param name="client">The client.</param>
    /// <param name="build">The build, as read.</param>
    /// <param name="wanted">The answer asked for, if any.</param>
    /// <param name="plan">Where the change, or what was in place, is reported.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The build as it is afterwards.</returns>
    public static async Task<AscBuild> AnswerAsync(AppStoreConnectClient client, AscBuild build, bool? wanted, ChangePlan plan, CancellationToken cancellationToken)
    {
        if (build.UsesNonExemptEncryption is { } given)
        {
            if (wanted is { } asked && asked != given)
            {
                plan.NotApplied(
                    $"export compliance of build {build.BuildNumber} as uses non-exempt encryption = {asked}",
                    $"the build already answers {given}, and Apple does not change an answer once given; upload a new build with ITSAppUsesNonExemptEncryption set to change it");
            }
            else
            {
                plan.InPlace($"export compliance of build {build.BuildNumber} answered (uses non-exempt encryption: {given})");
            }

            return build;
        }

        if (wanted is not { } value)
        {
            return build;
        }

        AscBuild? updated = null;
        await plan.ChangeAsync(
            $"answer export compliance of build {build.BuildNumber}: uses non-exempt encryption = {value}",
            async () => updated = await client.Builds.SetUsesNonExemptEncryptionAsync(build.Id, value, cancellationToken));
        return updated ?? build;
    }

    /// <summary>Tells whether a step that needs an answer would find none, neither on the build nor asked for.</summary>
    /// <param name="build">The build.</param>
    /// <param name="wanted">The answer asked for, if any.</param>
    /// <returns><see langword="true"/> when the question stays unanswered.</returns>
    public static bool IsMissing(AscBuild build, bool? wanted) => build.UsesNonExemptEncryption is null && wanted is null;

    /// <summary>Says what to do about a missing answer.</summary>
    /// <param name="build">The build.</param>
    /// <returns>The advice.</returns>
    public static string Advice(AscBuild build) =>
        $"Export compliance of build {build} is unanswered. Set UsesNonExemptEncryption (false for most apps: HTTPS and Apple's own crypto are exempt), or ITSAppUsesNonExemptEncryption in Info.plist for future builds.";
}
