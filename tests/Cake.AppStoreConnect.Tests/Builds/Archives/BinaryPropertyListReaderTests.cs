using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.SampleIpa;

namespace Cake.AppStoreConnect.Tests.Builds.Archives;

public sealed class BinaryPropertyListReaderTests
{
    public sealed class TheReadMethod
    {
        [Test]
        public void Should_Read_Every_Scalar_Type()
        {
            // Given
            var date = new DateTimeOffset(2024, 5, 1, 12, 30, 15, TimeSpan.Zero);
            var plist = new Dictionary<string, object>
            {
                ["string"] = "hello",
                ["zero"] = 0,
                ["byte"] = 200,
                ["short"] = 40_000,
                ["int"] = 3_000_000_000L,
                ["long"] = long.MaxValue,
                ["negative"] = -42,
                ["min"] = long.MinValue,
                ["huge"] = ulong.MaxValue,
                ["real"] = 3.25,
                ["single"] = 1.5f,
                ["yes"] = true,
                ["no"] = false,
                ["date"] = date,
                ["data"] = new byte[] { 0, 1, 2, 255 },
                ["uid"] = new PlistUid(300),
            };

            // When
            var result = (PlistDictionary)BinaryPropertyListReader.Read(new BinaryPlistWriter().Write(plist));

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(result["string"], Is.EqualTo("hello"));
                Assert.That(result["zero"], Is.EqualTo(0L));
                Assert.That(result["byte"], Is.EqualTo(200L));
                Assert.That(result["short"], Is.EqualTo(40_000L));
                Assert.That(result["int"], Is.EqualTo(3_000_000_000L));
                Assert.That(result["long"], Is.EqualTo(long.MaxValue));
                Assert.That(result["negative"], Is.EqualTo(-42L));
                Assert.That(result["min"], Is.EqualTo(long.MinValue));
                Assert.That(result["huge"], Is.EqualTo(ulong.MaxValue));
                Assert.That(result["real"], Is.EqualTo(3.25));
                Assert.That(result["single"], Is.EqualTo(1.5));
                Assert.That(result["yes"], Is.True);
                Assert.That(result["no"], Is.False);
                Assert.That(result["date"], Is.EqualTo(date));
                Assert.That(result["data"], Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
                Assert.That(result["uid"], Is.EqualTo(new PlistUid(300)));
            }
        }

        [Test]
        public void Should_Read_Nested_Dictionaries_And_Arrays()
        {
            // Given
            var plist = new Dictionary<string, object>
            {
                ["CFBundleIcons"] = new Dictionary<string, object>
                {
                    ["CFBundlePrimaryIcon"] = new Dictionary<string, object>
                    {
                        ["CFBundleIconFiles"] = new[] { "AppIcon60x60", "AppIcon76x76" },
                    },
                },
                ["Empty"] = new Dictionary<string, object>(),
                ["Mixed"] = new object[] { 1, "two", new object[] { 3.0, false }, new Dictionary<string, object> { ["k"] = "v" } },
            };

            // When
            var result = (PlistDictionary)BinaryPropertyListReader.Read(new BinaryPlistWriter().Write(plist));

            // Then
            var icons = (PlistDictionary)((PlistDictionary)result["CFBundleIcons"])["CFBundlePrimaryIcon"];
            var mixed = (IReadOnlyList<object>)result["Mixed"];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(icons["CFBundleIconFiles"], Is.EqualTo(new[] { "AppIcon60x60", "AppIcon76x76" }));
                Assert.That(result["Empty"], Is.Empty);
                Assert.That(mixed[0], Is.EqualTo(1L));
                Assert.That(mixed[1], Is.EqualTo("two"));
                Assert.That(mixed[2], Is.EqualTo(new object[] { 3.0, false }));
                Assert.That(((PlistDictionary)mixed[3])["k"], Is.EqualTo("v"));
            }
        }

        [TestCase("Café")]
        [TestCase("日本語のアプリ")]
        [TestCase("Emoji 🚀 in a name")]
        [TestCase("")]
        public void Should_Read_Unicode_Strings(string text)
        {
            // When
            var result = BinaryPropertyListReader.Read(new BinaryPlistWriter().Write(new[] { text }));

            // Then
            Assert.That(result, Is.EqualTo(new[] { text }));
        }

        [Test]
        public void Should_Read_Lengths_Beyond_The_Marker_Nibble()
        {
            // Given: 15 and more items or characters need an extra length integer after the marker.
            var longText = new string('x', 70_000);
            var unicodeText = string.Concat(Enumerable.Repeat("é", 300));
            var items = Enumerable.Range(0, 20).Select(i => (object)i).ToArray();

            // When
            var result = (IReadOnlyList<object>)BinaryPropertyListReader.Read(
                new BinaryPlistWriter().Write(new object[] { longText, unicodeText, items, new byte[1000] }));

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(result[0], Is.EqualTo(longText));
                Assert.That(result[1], Is.EqualTo(unicodeText));
                Assert.That(result[2], Is.EqualTo(Enumerable.Range(0, 20).Select(i => (object)(long)i)));
                Assert.That(result[3], Has.Length.EqualTo(1000));
            }
        }

        [TestCase(1)]
        [TestCase(2)]
        [TestCase(4)]
        [TestCase(8)]
        public void Should_Read_References_And_Offsets_Of_Every_Width(int width)
        {
            // Given
            var bytes = new BinaryPlistWriter(width).Write(new Dictionary<string, object> { ["CFBundleIdentifier"] = "com.example.Wide", ["n"] = new[] { 1, 2 } });

            // When
            var result = (PlistDictionary)BinaryPropertyListReader.Read(bytes);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(bytes[^26], Is.EqualTo(width), "offset size in the trailer");
                Assert.That(bytes[^25], Is.EqualTo(width), "reference size in the trailer");
                Assert.That(result["CFBundleIdentifier"], Is.EqualTo("com.example.Wide"));
                Assert.That(result["n"], Is.EqualTo(new[] { 1L, 2L }));
            }
        }

        [Test]
        public void Should_Read_A_Plist_With_More_Objects_Than_Two_Byte_References_Reach()
        {
            // Given
            var items = Enumerable.Range(0, 70_000).Select(i => (object)$"item {i}").ToArray();
            var bytes = new BinaryPlistWriter().Write(items);

            // When
            var result = (IReadOnlyList<object>)BinaryPropertyListReader.Read(bytes);

            // Then
            using (Assert.EnterMultipleScope())
            {
                Assert.That(bytes[^25], Is.EqualTo(4), "reference size in the trailer");
                Assert.That(result, Has.Count.EqualTo(70_000));
                Assert.That(result[69_999], Is.EqualTo("item 69999"));
            }
        }

        [Test]
        public void Should_Read_A_Shared_Object_Once_For_Every_Reference()
        {
            // Given: the array refers to the same string twice, as CoreFoundation's writer does for equal values.
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Array(1, 1), RawBinaryPlist.Ascii("same")]);

            // When
            var result = (IReadOnlyList<object>)BinaryPropertyListReader.Read(bytes);

            // Then
            Assert.That(result[1], Is.SameAs(result[0]));
        }

        [Test]
        public void Should_Not_Blow_Up_On_A_Reference_Graph_With_Exponentially_Many_Paths()
        {
            // Given: 60 arrays each referring twice to the next would be 2^60 paths without sharing.
            var objects = Enumerable.Range(0, 60).Select(i => RawBinaryPlist.Array((byte)(i + 1), (byte)(i + 1))).ToList();
            objects.Add(RawBinaryPlist.Ascii("leaf"));

            // When
            var result = BinaryPropertyListReader.Read(RawBinaryPlist.Build(objects));

            // Then
            Assert.That(result, Has.Count.EqualTo(2));
        }

        [Test]
        public void Should_Reject_A_Reference_Cycle()
        {
            // Given: array 0 contains array 1, which contains array 0.
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Array(1), RawBinaryPlist.Array(0)]);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("cycle"));
        }

        [Test]
        public void Should_Reject_Nesting_Deeper_Than_The_Limit()
        {
            // Given: a chain of 600 single-item arrays, each object needing 2 byte references.
            var objects = Enumerable.Range(0, 600).Select(i => new byte[] { 0xA1, (byte)((i + 1) >> 8), (byte)(i + 1) }).ToList();
            objects.Add(RawBinaryPlist.Ascii("end"));
            var bytes = RawBinaryPlist.Build(objects, referenceSize: 2);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("deeper"));
        }

        [Test]
        public void Should_Reject_A_Reference_To_A_Missing_Object()
        {
            // Given
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Array(1, 7), RawBinaryPlist.Ascii("a")]);

            // When / Then
            Assert.That(
                () => BinaryPropertyListReader.Read(bytes),
                Throws.TypeOf<FormatException>().With.Message.Contains("refers to object 7, but there are only 2 objects"));
        }

        [Test]
        public void Should_Reject_An_Object_Offset_Outside_The_Object_Area()
        {
            // Given: the second object's offset points into the trailer.
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Array(1), RawBinaryPlist.Ascii("a")]);
            var tableOffset = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(bytes.Length - 8));
            bytes[tableOffset + 1] = (byte)(bytes.Length - 3);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("outside the object area"));
        }

        [Test]
        public void Should_Reject_A_Count_Larger_Than_The_File()
        {
            // Given: an array that claims 2^40 items in a few bytes (0xAF, then an 8 byte integer length).
            byte[] array = [0xAF, 0x13, 0, 0, 1, 0, 0, 0, 0, 0];
            var bytes = RawBinaryPlist.Build([array]);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("more than the file holds"));
        }

        [Test]
        public void Should_Reject_A_String_Running_Past_The_Object_Area()
        {
            // Given: a 10 character string with only 3 characters present.
            var bytes = RawBinaryPlist.Build([[0x5A, (byte)'a', (byte)'b', (byte)'c']]);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>());
        }

        [Test]
        public void Should_Reject_A_Dictionary_Key_That_Is_Not_A_String()
        {
            // Given: key is the integer 5.
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Dictionary([1], [2]), [0x10, 5], RawBinaryPlist.Ascii("v")]);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("not a string"));
        }

        [Test]
        public void Should_Reject_A_Repeated_Dictionary_Key()
        {
            // Given
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Dictionary([1, 1], [2, 2]), RawBinaryPlist.Ascii("k"), RawBinaryPlist.Ascii("v")]);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("repeats the dictionary key 'k'"));
        }

        [Test]
        public void Should_Reject_An_Unknown_Marker()
        {
            // Given: 0x00 is "null", which bplist00 files never contain.
            var bytes = RawBinaryPlist.Build([[0x00]]);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("marker 0x00"));
        }

        [TestCase(6, (byte)3, TestName = "Should_Reject_An_Offset_Size_Of_3")]
        [TestCase(7, (byte)0, TestName = "Should_Reject_A_Reference_Size_Of_0")]
        public void Should_Reject_Invalid_Trailer_Sizes(int trailerIndex, byte value)
        {
            // Given
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Ascii("a")]);
            bytes[bytes.Length - 32 + trailerIndex] = value;

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("trailer"));
        }

        [Test]
        public void Should_Reject_A_Top_Object_Out_Of_Range()
        {
            // Given
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Ascii("a")], topObject: 1);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("top object 1 is out of range"));
        }

        [Test]
        public void Should_Reject_An_Object_Count_The_Offset_Table_Cannot_Hold()
        {
            // Given
            var bytes = RawBinaryPlist.Build([RawBinaryPlist.Ascii("a")]);
            bytes[bytes.Length - 32 + 15] = 200;

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("claims 200 objects"));
        }

        [Test]
        public void Should_Reject_Truncated_Data()
        {
            // Given
            var bytes = new BinaryPlistWriter().Write(new Dictionary<string, object> { ["a"] = "b" });

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes[..20]), Throws.TypeOf<FormatException>());
        }

        [Test]
        public void Should_Reject_Other_Format_Versions()
        {
            // Given
            var bytes = new BinaryPlistWriter().Write("x");
            "bplist15"u8.CopyTo(bytes);

            // When / Then
            Assert.That(() => BinaryPropertyListReader.Read(bytes), Throws.TypeOf<FormatException>().With.Message.Contains("version '15'"));
        }
    }
}
