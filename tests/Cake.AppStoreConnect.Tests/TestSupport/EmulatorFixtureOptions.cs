using Cake.AppStoreConnect.Emulator;

namespace Cake.AppStoreConnect.Tests.TestSupport;

/// <summary>
/// How an <see cref="EmulatorFixture"/> starts. Defaults: the demo seed, builds processed at once, 64 KiB upload
/// parts, the emulator's own review clocks on real time; each <c>With…</c> changes one thing.
/// </summary>
public sealed class EmulatorFixtureOptions
{
    /// <summary>The id of the extra individual key that <see cref="WithIndividualKey"/> registers.</summary>
    public const string IndividualKeyId = "INDIVIDUAL1";

    /// <summary>Gets the emulator's own options, as the fixture will start it.</summary>
    public EmulatorOptions Emulator { get; } = new()
    {
        Seed = "demo",
        ProcessingTime = TimeSpan.Zero,
        UploadPartSize = 64 * 1024,
    };

    /// <summary>Gets the clock the emulator runs on, when the test moves time by hand.</summary>
    public ManualClock? Clock { get; private set; }

    /// <summary>Gets a value indicating whether every exchange is checked against Apple's spec.</summary>
    public bool ContractCheck { get; private set; }

    /// <summary>Gets a value indicating whether a missing spec ignores the test (otherwise the check is skipped).</summary>
    public bool ContractRequired { get; private set; }

    /// <summary>Gets a value indicating whether the variables name a <c>.p8</c> file (ASC_PRIVATE_KEY_PATH) instead of the PEM inline.</summary>
    public bool KeyInFile { get; private set; }

    /// <summary>Gets the ASC_VENDOR_NUMBER the variables carry, if any.</summary>
    public string? VendorNumber { get; private set; }

    /// <summary>Gets how often the typed client retries a failed request.</summary>
    public int MaxRetries { get; private set; } = 3;

    public EmulatorFixtureOptions WithReviewTime(TimeSpan time) => Apply(() => Emulator.ReviewTime = time);

    public EmulatorFixtureOptions WithBetaReviewTime(TimeSpan time) => Apply(() => Emulator.BetaReviewTime = time);

    public EmulatorFixtureOptions WithProcessingTime(TimeSpan time) => Apply(() => Emulator.ProcessingTime = time);

    public EmulatorFixtureOptions WithPartSize(long bytes) => Apply(() => Emulator.UploadPartSize = bytes);

    /// <summary>Checks every request and response against Apple's spec (parsed once per run); <see cref="EmulatorFixture.AssertContractKeptAsync"/> reads the verdict.</summary>
    /// <param name="required">Ignore the test when the spec is absent; otherwise run it unchecked.</param>
    public EmulatorFixtureOptions WithContractCheck(bool required = true) => Apply(() => (ContractCheck, ContractRequired) = (true, required));

    /// <summary>Registers an individual key (<see cref="IndividualKeyId"/>) beside the team key.</summary>
    public EmulatorFixtureOptions WithIndividualKey() => Apply(() => Emulator.IndividualKeyId = IndividualKeyId);

    /// <summary>Runs the emulator on a clock the test moves (<see cref="EmulatorFixture.Clock"/>).</summary>
    public EmulatorFixtureOptions WithClock(ManualClock? clock = null) => Apply(() => Clock = clock ?? new ManualClock());

    public EmulatorFixtureOptions WithKeyInFile() => Apply(() => KeyInFile = true);

    /// <summary>Adds ASC_VENDOR_NUMBER to the variables; the demo seed's reports belong to 80012345.</summary>
    public EmulatorFixtureOptions WithVendorNumber(string vendorNumber = EmulatorFixture.VendorNumber) => Apply(() => VendorNumber = vendorNumber);

    public EmulatorFixtureOptions WithMaxRetries(int retries) => Apply(() => MaxRetries = retries);

    /// <summary>Changes anything else the emulator offers (state file, rate limit, URL lifetime, faults, key file).</summary>
    public EmulatorFixtureOptions Configure(Action<EmulatorOptions> configure) => Apply(() => configure(Emulator));

    private EmulatorFixtureOptions Apply(Action change)
    {
        change();
        return this;
    }
}
