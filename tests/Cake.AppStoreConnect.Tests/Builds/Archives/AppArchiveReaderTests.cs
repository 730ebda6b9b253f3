using System.Text;
using Cake.AppStoreConnect.SampleIpa;
using NUnit.Framework.Constraints;
using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class AppArchiveReaderTests
{
    /// <summary>The outcomes the shared fixtures' README promises.</summary>
    public sealed class TheReadMethodOnRealArchives
    {
        [Test]
        public void Should_Read_An_Xcode_Built_Ipa()
        {
            // Given
            var path = SharedFixtures.App("very-capable-app.ipa");

            // When
            var info = AppArchiveReader.Read(path);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info.FilePath, Is.EqualTo(path));
                Assert.That(info.Kind, Is.EqualTo(AppArchiveKind.Ipa));
                Assert.That(info.FileSize, Is.EqualTo(new FileInfo(path).Length));
                Assert.That(info.BundleId, Is.EqualTo("org.fastlane.very-capable-app"));
                Assert.That(info.ShortVersion, Is.EqualTo("1.0"));
                Assert.That(info.BuildVersion, Is.EqualTo("1"));
                Assert.That(info.Platform, Is.EqualTo("IOS"));
                Assert.That(info.Uti, Is.EqualTo("com.apple.ipa"));
                Assert.That(info.DisplayName, Is.EqualTo("very-capable-app"));
                Assert.That(info.MinimumOsVersion, Is.EqualTo("11.2"));
                Assert.That(info.UsesNonExemptEncryption, Is.Null);
                Assert.That(info.FileName, Is.EqualTo("very-capable-app.ipa"));
            }
        }

        [TestCase("iOSAppOnly.ipa", TestName = "Should_Read_An_Ipa_Zipped_From_Its_Parent_Folder_With_Resource_Forks")]
        [TestCase("ContainsWatchApp.ipa", TestName = "Should_Read_The_Outer_App_Of_An_Ipa_With_A_Watch_App")]
        [TestCase("IncorrectlySigned.ipa", TestName = "Should_Read_An_Incorrectly_Signed_Ipa")]
        public void Should_Read_The_Sample_App(string fixture)
        {
            // When
            var info = AppArchiveReader.Read(SharedFixtures.App(fixture));

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info.BundleId, Is.EqualTo("com.example.Sample"));
                Assert.That(info.ShortVersion, Is.EqualTo("1.2.0"));
                Assert.That(info.BuildVersion, Is.EqualTo("1"));
                Assert.That(info.Platform, Is.EqualTo(AppArchivePlatform.Ios));
                Assert.That(info.DisplayName, Is.EqualTo("Sample"));
                Assert.That(info.MinimumOsVersion, Is.EqualTo("8.0"));
            }
        }

        [Test]
        public void Should_Read_A_Mac_Installer_Package()
        {
            // Given
            var path = SharedFixtures.App("MacAppOnly.pkg");

            // When
            var info = AppArchiveReader.Read(path);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info.Kind, Is.EqualTo(AppArchiveKind.Pkg));
                Assert.That(info.BundleId, Is.EqualTo("com.example.Sample"));
                Assert.That(info.ShortVersion, Is.EqualTo("1.0"));
                Assert.That(info.BuildVersion, Is.EqualTo("1.0"));
                Assert.That(info.Platform, Is.EqualTo(AppArchivePlatform.MacOS));
                Assert.That(info.Uti, Is.EqualTo("com.apple.pkg"));
                Assert.That(info.DisplayName, Is.EqualTo("MacCoolApp"));
                Assert.That(info.MinimumOsVersion, Is.EqualTo("10.10"));
                Assert.That(info.FileSize, Is.EqualTo(4640));
            }
        }

        [Test]
        public void Should_Explain_An_Ipa_Without_An_App_Bundle()
        {
            // Given
            var path = SharedFixtures.App("no-app-bundle.ipa");

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>()
                    .With.Message.EqualTo($"The IPA '{path}' has no Payload/*.app bundle (it has a Payload/ folder without an .app bundle in it); export the archive with xcodebuild -exportArchive.")
                    .And.Property(nameof(AppArchiveException.FilePath)).EqualTo(path));
        }

        [Test]
        public void Should_Explain_A_Text_File_Named_Ipa()
        {
            // Given
            var path = SharedFixtures.App("not-an-ipa.ipa");

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.EqualTo(
                    $"The app archive '{path}' is not a zip archive (an .ipa is a zip file; this one is 15 bytes of text: 'not-a-zip-file'). Pass the .ipa produced by xcodebuild -exportArchive."));
        }
    }

    public sealed class TheReadMethodOnGeneratedIpas
    {
        private TemporaryDirectory _temp = null!;

        [SetUp]
        public void CreateFolder() => _temp = new TemporaryDirectory();

        [TearDown]
        public void DeleteFolder() => _temp.Dispose();

        private string Ipa(params (string Name, byte[]? Content)[] entries) =>
            ArchiveTestFiles.Zip(_temp.File("App.ipa"), entries);

        private string IpaWithInfoPlist(Dictionary<string, object> plist) =>
            Ipa(("Payload/App.app/Info.plist", ArchiveTestFiles.Binary(plist)));

        private static ContainsConstraint FailsWith(string message) =>
            Throws.TypeOf<AppArchiveException>().With.Message.Contains(message);

        [Test]
        public void Should_Read_An_Xml_Info_Plist()
        {
            // Given
            var path = Ipa(("Payload/App.app/Info.plist", ArchiveTestFiles.Xml(new Dictionary<string, string>
            {
                ["CFBundleIdentifier"] = "com.example.Xml",
                ["CFBundleShortVersionString"] = "3.0",
                ["CFBundleVersion"] = "300",
                ["CFBundleDisplayName"] = "Xml App",
                ["DTPlatformName"] = "iphoneos",
            })));

            // When
            var info = AppArchiveReader.Read(path);

            // Then
            Assert.That(info, Is.EqualTo(new AppArchiveInfo(path, AppArchiveKind.Ipa, new FileInfo(path).Length, "com.example.Xml", "3.0", "300", "IOS", "Xml App")));
        }

        [Test]
        public void Should_Read_An_Ipa_With_A_Parent_Folder_And_Resource_Forks()
        {
            // Given: resource forks first, so a reader taking the first Info.plist would take one.
            var path = Ipa(
                ("__MACOSX/", null),
                ("__MACOSX/App/Payload/App.app/._Info.plist", [0, 5, 22, 7, 0, 2, 0, 0]),
                ("App/Payload/App.app/._Info.plist", [0, 5, 22, 7, 0, 2, 0, 0]),
                ("App/Payload/App.app/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist())));

            // When
            var info = AppArchiveReader.Read(path);

            // Then
            Assert.That(info.BundleId, Is.EqualTo("com.example.Generated"));
        }

        [Test]
        public void Should_Refuse_A_Deeply_Nested_Xml_Info_Plist_Naming_The_Archive_And_Entry()
        {
            // Given: 200,000 nested arrays, a few kilobytes compressed (building the tree took 341 s).
            const int Levels = 200_000;
            var xml = new StringBuilder("<?xml version=\"1.0\"?><plist><dict><key>a</key>");
            xml.Insert(xml.Length, "<array>", Levels).Insert(xml.Length, "</array>", Levels).Append("</dict></plist>");
            var path = Ipa(("Payload/App.app/Info.plist", Encoding.UTF8.GetBytes(xml.ToString())));

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith("deeper than 512 levels").And.Message.Contains("Payload/App.app/Info.plist").And.Message.Contains(path));
        }

        [TestCase("../../Payload/X.app/Info.plist", "climbs")]
        [TestCase("Payload/../Payload/X.app/Info.plist", "climbs")]
        [TestCase("deep/deeper/Payload/X.app/Info.plist", "has its app at 'deep/deeper/Payload/X.app'")]
        public void Should_Refuse_An_App_Where_App_Store_Connect_Does_Not_Look(string entry, string expected)
        {
            // Given
            var path = Ipa((entry, ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist())));

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith(expected).And.Message.Contains(path));
        }

        [TestCase("CFBundleShortVersionString", "1.0-beta", "MARKETING_VERSION")]
        [TestCase("CFBundleShortVersionString", "1.2.3.4", "MARKETING_VERSION")]
        [TestCase("CFBundleVersion", "42a", "CURRENT_PROJECT_VERSION")]
        [TestCase("CFBundleVersion", "-1", "CURRENT_PROJECT_VERSION")]
        [TestCase("CFBundleIdentifier", "com.example.my_app", "PRODUCT_BUNDLE_IDENTIFIER")]
        public void Should_Refuse_A_Value_In_A_Format_Apple_Refuses(string key, string value, string buildSetting)
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist[key] = value;
            var path = IpaWithInfoPlist(plist);

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith($"has a {key} of '{value}'").And.Message.Contains(buildSetting).And.Message.Contains(path));
        }

        [Test]
        public void Should_Escape_And_Cap_A_Hostile_Bundle_Id_In_The_Message()
        {
            // Given: a line break, a right-to-left override and 10,000 characters.
            var bundleId = "com.example\n[INFO] fake\u202Eevil" + new string('a', 10_000);
            var plist = ArchiveTestFiles.InfoPlist(bundleId: bundleId);
            var path = IpaWithInfoPlist(plist);

            // When
            var ex = Assert.Throws<AppArchiveException>(() => AppArchiveReader.Read(path));

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(ex!.Message, Does.Contain("com.example\\n[INFO] fake\\u202Eevil"));
                Assert.That(ex.Message, Does.Not.Contain("\n").And.Not.Contain("\u202E"));
                Assert.That(ex.Message, Does.Contain($"({bundleId.Length} characters)"));
                Assert.That(ex.Message.Length, Is.LessThan(1000));
            }
        }

        [Test]
        public void Should_Refuse_An_Info_Plist_Entry_Declared_Too_Large_Naming_The_Archive_And_Entry()
        {
            // Given: 9 MiB of zeros, a few kilobytes compressed
            var path = Ipa(("Payload/App.app/Info.plist", new byte[9 * 1024 * 1024]));

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith("claims 9437184 bytes").And.Message.Contains("Payload/App.app/Info.plist").And.Message.Contains(path));
        }

        [Test]
        public void Should_Read_No_More_Of_An_Info_Plist_Entry_Than_Its_Declared_Size()
        {
            // Given: the same entry, its uncompressed size rewritten to 100 bytes in both zip headers
            var path = Ipa(("Payload/App.app/Info.plist", new byte[9 * 1024 * 1024]));
            var zip = File.ReadAllBytes(path);
            PatchUncompressedSizes(zip, 100);
            File.WriteAllBytes(path, zip);

            // When / Then: the read stops at the declared 100 bytes (the zip stream stops there, and
            // BoundedRead counts what is produced), so 100 zeros are refused as no property list.
            Assert.That(() => AppArchiveReader.Read(path), Throws.TypeOf<AppArchiveException>().With.Message.Contains("Payload/App.app/Info.plist").And.Message.Contains(path).And.Message.Contains("cannot be read"));
        }

        private static void PatchUncompressedSizes(byte[] zip, uint size)
        {
            for (var i = 0; i + 4 <= zip.Length; i++)
            {
                var signature = BitConverter.ToUInt32(zip, i);
                if (signature == 0x04034b50)
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
                }
                else if (signature == 0x02014b50)
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
                }
            }
        }

        [Test]
        public void Should_Read_The_Outer_App_When_Nested_Bundles_Come_First()
        {
            // Given
            var path = Ipa(
                ("Payload/App.app/Watch/W.app/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist("com.example.Generated.watchkitapp", platform: "WatchOS"))),
                ("Payload/App.app/PlugIns/Share.appex/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist("com.example.Generated.share"))),
                ("Payload/App.app/Frameworks/Kit.framework/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist("com.example.Kit"))),
                ("Payload/App.app/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist())));

            // When
            var info = AppArchiveReader.Read(path);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info.BundleId, Is.EqualTo("com.example.Generated"));
                Assert.That(info.Platform, Is.EqualTo(AppArchivePlatform.Ios));
            }
        }

        [TestCase("AppleTVOS", "TV_OS")]
        [TestCase("XROS", "VISION_OS")]
        public void Should_Read_The_Platform(string supportedPlatform, string expected)
        {
            // Given
            var path = IpaWithInfoPlist(ArchiveTestFiles.InfoPlist(platform: supportedPlatform));

            // When / Then
            Assert.That(AppArchiveReader.Read(path).Platform, Is.EqualTo(expected));
        }

        [Test]
        public void Should_Fall_Back_To_DTPlatformName()
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist.Remove("CFBundleSupportedPlatforms");
            plist["DTPlatformName"] = "appletvos";

            // When / Then
            Assert.That(AppArchiveReader.Read(IpaWithInfoPlist(plist)).Platform, Is.EqualTo(AppArchivePlatform.TvOS));
        }

        [Test]
        public void Should_Assume_iOS_When_No_Platform_Is_Stated()
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist.Remove("CFBundleSupportedPlatforms");
            plist.Remove("DTPlatformName");

            // When / Then
            Assert.That(AppArchiveReader.Read(IpaWithInfoPlist(plist)).Platform, Is.EqualTo(AppArchivePlatform.Ios));
        }

        [TestCase("iPhoneSimulator")]
        [TestCase("AppleTVSimulator")]
        public void Should_Refuse_A_Simulator_Build(string platform)
        {
            // Given
            var path = IpaWithInfoPlist(ArchiveTestFiles.InfoPlist(platform: platform));

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                FailsWith($"The app archive '{path}' cannot be uploaded: it is a simulator build ({platform}); simulator builds cannot be uploaded."));
        }

        [Test]
        public void Should_Refuse_A_Simulator_Build_Named_Only_In_DTPlatformName()
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist["DTPlatformName"] = "iphonesimulator";

            // When / Then
            Assert.That(() => AppArchiveReader.Read(IpaWithInfoPlist(plist)), FailsWith("simulator builds cannot be uploaded"));
        }

        [TestCase(true)]
        [TestCase(false)]
        public void Should_Read_ITSAppUsesNonExemptEncryption(bool value)
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist["ITSAppUsesNonExemptEncryption"] = value;

            // When / Then
            Assert.That(AppArchiveReader.Read(IpaWithInfoPlist(plist)).UsesNonExemptEncryption, Is.EqualTo(value));
        }

        [TestCase("NO", false)]
        [TestCase("YES", true)]
        public void Should_Accept_A_Hand_Written_Encryption_Flag(string text, bool expected)
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist["ITSAppUsesNonExemptEncryption"] = text;

            // When / Then
            Assert.That(AppArchiveReader.Read(IpaWithInfoPlist(plist)).UsesNonExemptEncryption, Is.EqualTo(expected));
        }

        [Test]
        public void Should_Reject_An_Encryption_Flag_That_Is_Not_A_Boolean()
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist["ITSAppUsesNonExemptEncryption"] = "maybe";

            // When / Then
            Assert.That(() => AppArchiveReader.Read(IpaWithInfoPlist(plist)), FailsWith("has a ITSAppUsesNonExemptEncryption that is 'maybe', not a boolean"));
        }

        [TestCase("CFBundleIdentifier", "PRODUCT_BUNDLE_IDENTIFIER")]
        [TestCase("CFBundleShortVersionString", "MARKETING_VERSION")]
        [TestCase("CFBundleVersion", "CURRENT_PROJECT_VERSION")]
        public void Should_Name_A_Missing_Required_Key_And_Its_Build_Setting(string key, string buildSetting)
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist.Remove(key);
            var path = IpaWithInfoPlist(plist);

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.EqualTo(
                    $"The Info.plist 'Payload/App.app/Info.plist' in '{path}' has no {key}. Set {buildSetting} in the Xcode target and archive again."));
        }

        [Test]
        public void Should_Reject_A_Required_Key_That_Is_Not_A_String()
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist["CFBundleVersion"] = 56;

            // When / Then
            Assert.That(() => AppArchiveReader.Read(IpaWithInfoPlist(plist)), FailsWith("has a CFBundleVersion that is an integer, not a string."));
        }

        [Test]
        public void Should_Reject_An_Empty_Required_Key()
        {
            // Given
            var plist = ArchiveTestFiles.InfoPlist();
            plist["CFBundleIdentifier"] = "  ";

            // When / Then
            Assert.That(() => AppArchiveReader.Read(IpaWithInfoPlist(plist)), FailsWith("has a CFBundleIdentifier that is empty."));
        }

        [Test]
        public void Should_Name_The_Entry_Of_A_Malformed_Info_Plist()
        {
            // Given
            var path = Ipa(("Payload/App.app/Info.plist", Encoding.UTF8.GetBytes("<plist><dict><key>a</key></dict></plist>")));

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                FailsWith($"The Info.plist 'Payload/App.app/Info.plist' in '{path}' cannot be read: The <key>a</key> has no value"));
        }

        [Test]
        public void Should_Reject_An_Info_Plist_That_Is_Not_A_Dictionary()
        {
            // Given
            var path = Ipa(("Payload/App.app/Info.plist", ArchiveTestFiles.Binary(new[] { "not", "a", "dict" })));

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith("top value is not a dictionary"));
        }

        [Test]
        public void Should_Explain_An_App_Bundle_Without_An_Info_Plist()
        {
            // Given
            var path = Ipa(("Payload/App.app/App", [1, 2, 3]), ("Payload/App.app/Watch/W.app/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist())));

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.EqualTo(
                    $"The app bundle 'Payload/App.app' in '{path}' has no Info.plist; export the archive with xcodebuild -exportArchive."));
        }

        [Test]
        public void Should_Explain_A_Zip_Without_A_Payload_Folder()
        {
            // Given: an .xcarchive or .app zipped by hand.
            var path = Ipa(("App.app/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist())));

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith("has no Payload/*.app bundle (it has no Payload/ folder)"));
        }

        [Test]
        public void Should_Explain_Several_App_Bundles()
        {
            // Given
            var plist = ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist());
            var path = Ipa(("Payload/A.app/Info.plist", plist), ("Payload/B.app/Info.plist", plist));

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith("has 2 app bundles under Payload/ (Payload/A.app, Payload/B.app); an IPA holds exactly one."));
        }

        [Test]
        public void Should_Explain_A_Truncated_Zip()
        {
            // Given: the first half of a real IPA, as an interrupted download leaves it.
            var whole = new SampleIpaBuilder("com.example.Cut", "1.0", "1") { PaddingBytes = 10_000 }.WriteTo(_temp.File("Whole.ipa"));
            var bytes = File.ReadAllBytes(whole);
            var path = _temp.File("Cut.ipa");
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), FailsWith($"The IPA '{path}' starts like a zip archive but is damaged"));
        }

        [Test]
        public void Should_Read_An_Ipa_By_Content_Whatever_Its_Extension()
        {
            // Given
            var path = ArchiveTestFiles.Zip(_temp.File("App.zip"), ("Payload/App.app/Info.plist", ArchiveTestFiles.Binary(ArchiveTestFiles.InfoPlist())));

            // When / Then
            Assert.That(AppArchiveReader.Read(path).Kind, Is.EqualTo(AppArchiveKind.Ipa));
        }

        [Test]
        public void Should_Read_Only_The_Zip_Directory_And_The_Info_Plist()
        {
            // Given: an IPA that is almost all padding.
            var path = new SampleIpaBuilder("com.example.Big", "1.0", "1") { PaddingBytes = 8 * 1024 * 1024 }.WriteTo(_temp.File("Big.ipa"));
            using var file = File.OpenRead(path);
            using var counting = new CountingStream(file);

            // When
            var info = IpaReader.Read(counting, path);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(info.BundleId, Is.EqualTo("com.example.Big"));
                Assert.That(counting.BytesRead, Is.LessThan(64 * 1024), "bytes read from an 8 MB IPA");
            }
        }
    }

    public sealed class TheReadMethodOnBadFiles
    {
        private TemporaryDirectory _temp = null!;

        [SetUp]
        public void CreateFolder() => _temp = new TemporaryDirectory();

        [TearDown]
        public void DeleteFolder() => _temp.Dispose();

        [Test]
        public void Should_Name_The_Full_Path_Of_A_Missing_File()
        {
            // Given
            var path = _temp.File("missing/App.ipa");

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>()
                    .With.Message.EqualTo($"The app archive '{path}' does not exist.")
                    .And.Property(nameof(AppArchiveException.FilePath)).EqualTo(path));
        }

        [Test]
        public void Should_Resolve_A_Relative_Path_Against_The_Current_Directory()
        {
            // When / Then
            Assert.That(
                () => AppArchiveReader.Read("no-such-folder/App.ipa"),
                Throws.TypeOf<AppArchiveException>().With.Property(nameof(AppArchiveException.FilePath)).EqualTo(Path.GetFullPath("no-such-folder/App.ipa")));
        }

        [Test]
        public void Should_Explain_An_Empty_File()
        {
            // Given
            var path = _temp.File("Empty.ipa");
            File.WriteAllBytes(path, []);

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.EqualTo($"The app archive '{path}' is empty (0 bytes); was the export or download interrupted?"));
        }

        [Test]
        public void Should_Explain_A_Directory()
        {
            // Given: what a user passes when they point at the archive instead of the export.
            var path = _temp.File("App.xcarchive");
            Directory.CreateDirectory(path);

            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), Throws.TypeOf<AppArchiveException>().With.Message.Contains("is a directory; pass the .ipa or .pkg file"));
        }

        [Test]
        public void Should_Explain_A_Text_File_Named_Pkg()
        {
            // Given
            var path = _temp.File("App.pkg");
            File.WriteAllText(path, "<html><body>Sign in</body></html>");

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.EqualTo(
                    $"The app archive '{path}' is not a xar archive (a .pkg is a xar archive; this one is 33 bytes of text: '<html><body>Sign in</body></html>' (an HTML page, not the file)). Pass the .pkg produced by xcodebuild -exportArchive or productbuild."));
        }

        [Test]
        public void Should_Explain_A_Binary_File_Of_Another_Kind()
        {
            // Given
            var path = _temp.File("App.bin");
            File.WriteAllBytes(path, [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0x00, 0x01, 0x02, 0x03]);

            // When / Then
            Assert.That(
                () => AppArchiveReader.Read(path),
                Throws.TypeOf<AppArchiveException>().With.Message.EqualTo(
                    $"The file '{path}' is neither an .ipa (zip) nor a .pkg (xar) archive; it starts with the bytes 1F8B0800FF000102. Pass the .ipa or .pkg produced by xcodebuild -exportArchive."));
        }

        [TestCase("")]
        [TestCase("  ")]
        public void Should_Reject_A_Blank_Path(string path)
        {
            // When / Then
            Assert.That(() => AppArchiveReader.Read(path), Throws.ArgumentException);
        }
    }

    /// <summary>Counts the bytes a reader actually pulls from a stream.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            BytesRead += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush() => inner.Flush();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
