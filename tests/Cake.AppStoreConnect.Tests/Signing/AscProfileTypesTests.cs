using Cake.AppStoreConnect.Signing;

namespace Cake.AppStoreConnect.Tests.Signing;

/// <summary>The typed profile type and Apple's spelling of it.</summary>
public sealed class AscProfileTypesTests
{
    /// <summary>Apple's <c>ProfileType</c> enum in spec 4.4.1, in its order.</summary>
    private static readonly string[] ApplesValues =
    [
        "IOS_APP_DEVELOPMENT", "IOS_APP_STORE", "IOS_APP_ADHOC", "IOS_APP_INHOUSE", "MAC_APP_DEVELOPMENT", "MAC_APP_STORE", "MAC_APP_DIRECT",
        "TVOS_APP_DEVELOPMENT", "TVOS_APP_STORE", "TVOS_APP_ADHOC", "TVOS_APP_INHOUSE", "MAC_CATALYST_APP_DEVELOPMENT", "MAC_CATALYST_APP_STORE", "MAC_CATALYST_APP_DIRECT",
    ];

    [Test]
    public void Should_Spell_Every_Type_As_Apple_Does()
    {
        Assert.That(Enum.GetValues<AscProfileType>().Select(t => t.ToAppleValue()), Is.EqualTo(ApplesValues));
    }

    [Test]
    public void Should_Read_Apples_Value_In_Any_Case()
    {
        Assert.That(AscProfileTypes.Parse("ios_app_adhoc"), Is.EqualTo(AscProfileType.IosAppAdhoc));
    }

    [Test]
    public void Should_List_The_Types_When_The_Value_Is_Unknown()
    {
        var error = Assert.Throws<ArgumentException>(() => AscProfileTypes.Parse("APPSTORE"));
        Assert.That(error!.Message, Does.Contain("'APPSTORE'").And.Contain("IOS_APP_STORE"));
    }
}
