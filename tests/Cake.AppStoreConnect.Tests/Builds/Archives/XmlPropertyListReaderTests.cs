using System.Text;
using Cake.AppStoreConnect.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class XmlPropertyListReaderTests
{
    private const string Doctype = "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">";

    private static object Read(string body, string doctype = Doctype) =>
        XmlPropertyListReader.Read(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{doctype}\n<plist version=\"1.0\">\n{body}\n</plist>"));

    public sealed class TheReadMethod
    {
        [Test]
        public void Should_Refuse_Deep_Nesting_Before_Building_The_Document()
        {
            // Given: 600 nested arrays, then an error at the end that only a full parse would reach.
            var body = "<dict><key>a</key>" + string.Concat(Enumerable.Repeat("<array>", 600)) + "<oops>";

            // When / Then: the streaming depth check stops at level 513, before the malformed end.
            Assert.That(() => Read(body), Throws.TypeOf<FormatException>().With.Message.Contains("deeper than 512 levels"));
        }

        [Test]
        public void Should_Read_Every_Value_Type()
        {
            // When
            var result = (PlistDictionary)Read("""
                <dict>
                  <key>string</key><string>com.example.Xml &amp; &lt;friends&gt;</string>
                  <key>integer</key><integer>42</integer>
                  <key>negative</key><integer>-7</integer>
                  <key>hex</key><integer>0x1F</integer>
                  <key>huge</key><integer>18446744073709551615</integer>
                  <key>real</key><real>2.5</real>
                  <key>nan</key><real>nan</real>
                  <key>yes</key><true/>
                  <key>no</key><false/>
                  <key>date</key><date>2024-05-01T12:30:15Z</date>
                  <key>data</key><data>
                    AAEC
                    /w==
                  </data>
                  <key>array</key><array><string>a</string><integer>1</integer><array/></array>
                  <key>dict</key><dict><key>inner</key><dict><key>k</key><string>v</string></dict></dict>
                  <key>empty</key><string/>
                </dict>
                """);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(result["string"], Is.EqualTo("com.example.Xml & <friends>"));
                Assert.That(result["integer"], Is.EqualTo(42L));
                Assert.That(result["negative"], Is.EqualTo(-7L));
                Assert.That(result["hex"], Is.EqualTo(31L));
                Assert.That(result["huge"], Is.EqualTo(ulong.MaxValue));
                Assert.That(result["real"], Is.EqualTo(2.5));
                Assert.That((double)result["nan"], Is.NaN);
                Assert.That(result["yes"], Is.True);
                Assert.That(result["no"], Is.False);
                Assert.That(result["date"], Is.EqualTo(new DateTimeOffset(2024, 5, 1, 12, 30, 15, TimeSpan.Zero)));
                Assert.That(result["data"], Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
                Assert.That(result["array"], Is.EqualTo(new object[] { "a", 1L, new List<object>() }));
                Assert.That(((PlistDictionary)((PlistDictionary)result["dict"])["inner"])["k"], Is.EqualTo("v"));
                Assert.That(result["empty"], Is.EqualTo(string.Empty));
            }
        }

        [Test]
        public void Should_Keep_Whitespace_Inside_Strings()
        {
            // When
            var result = Read("<array><string>  two spaces  </string><string> </string></array>");

            // Then
            Assert.That(result, Is.EqualTo(new[] { "  two spaces  ", " " }));
        }

        [Test]
        public void Should_Never_Fetch_The_Dtd()
        {
            // Given: a DTD address that would fail at once if anything tried to load it.
            const string unreachable = "<!DOCTYPE plist SYSTEM \"http://127.0.0.1:1/never.dtd\">";

            // When
            var result = Read("<string>fine</string>", unreachable);

            // Then
            Assert.That(result, Is.EqualTo("fine"));
        }

        [Test]
        public void Should_Not_Resolve_External_Entities()
        {
            // Given: the classic XXE shape, pointing at a file that exists.
            var secret = Path.GetTempFileName();
            File.WriteAllText(secret, "SECRET");
            try
            {
                var doctype = $"<!DOCTYPE plist [ <!ENTITY leak SYSTEM \"{new Uri(secret).AbsoluteUri}\"> ]>";

                // When / Then: the entity is unknown, not read.
                Assert.That(() => Read("<string>&leak;</string>", doctype), Throws.TypeOf<FormatException>().With.Message.Not.Contains("SECRET"));
            }
            finally
            {
                File.Delete(secret);
            }
        }

        [Test]
        public void Should_Read_A_Utf16_Plist_With_A_Byte_Order_Mark()
        {
            // Given
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><plist version=\"1.0\"><string>Grüße</string></plist>";
            var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

            // When
            var result = PropertyList.Read(bytes);

            // Then
            Assert.That(result, Is.EqualTo("Grüße"));
        }

        [TestCase("<dict><key>a</key></dict>", "has no value", TestName = "Should_Reject_A_Key_Without_A_Value")]
        [TestCase("<dict><string>a</string><string>b</string></dict>", "where a <key> was expected", TestName = "Should_Reject_A_Value_Without_A_Key")]
        [TestCase("<dict><key>a</key><string>1</string><key>a</key><string>2</string></dict>", "repeats the dictionary key 'a'", TestName = "Should_Reject_A_Repeated_Key")]
        [TestCase("<set/>", "unknown element <set>", TestName = "Should_Reject_An_Unknown_Element")]
        [TestCase("<integer>12abc</integer>", "not a property list <integer>", TestName = "Should_Reject_A_Malformed_Integer")]
        [TestCase("<integer>-9223372036854775809</integer>", "below the 64-bit range", TestName = "Should_Reject_An_Integer_Below_The_Range")]
        [TestCase("<real>two</real>", "not a property list <real>", TestName = "Should_Reject_A_Malformed_Real")]
        [TestCase("<date>yesterday</date>", "not a property list <date>", TestName = "Should_Reject_A_Malformed_Date")]
        [TestCase("<data>!!!</data>", "not valid base64", TestName = "Should_Reject_Malformed_Data")]
        [TestCase("<string>a</string><string>b</string>", "exactly one value", TestName = "Should_Reject_Two_Top_Values")]
        [TestCase("<dict><key>a</key><string>unclosed</dict>", "malformed", TestName = "Should_Reject_Malformed_Xml")]
        public void Should_Reject_Malformed_Plists(string body, string expected)
        {
            // When / Then
            Assert.That(() => Read(body), Throws.TypeOf<FormatException>().With.Message.Contains(expected));
        }

        [Test]
        public void Should_Reject_Xml_That_Is_Not_A_Plist()
        {
            // When / Then
            Assert.That(
                () => XmlPropertyListReader.Read(Encoding.UTF8.GetBytes("<html><body/></html>")),
                Throws.TypeOf<FormatException>().With.Message.Contains("root element is <html>"));
        }
    }
}
