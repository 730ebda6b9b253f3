using Cake.AppStoreConnect.Builds.Archives;
using Cake.AppStoreConnect.SampleIpa;
using Cake.AppStoreConnect.Tests.Builds.Archives;

namespace Cake.AppStoreConnect.Tests.SampleIpa;

public sealed class BinaryPlistWriterTests
{
    public sealed class TheWriteMethod
    {
        [Test]
        public void Should_Write_A_Header_And_A_Trailer_Pointing_At_The_Offset_Table()
        {
            // When
            var bytes = new BinaryPlistWriter().Write(new Dictionary<string, object> { ["a"] = "b" });

            // Then: 3 objects (dict, key, value), top object 0.
            using (Assert.EnterMultipleScope())
            {
                Assert.That(bytes[..8], Is.EqualTo("bplist00"u8.ToArray()));
                Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(bytes.Length - 24)), Is.EqualTo(3));
                Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(bytes.Length - 16)), Is.Zero);
                Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(bytes.Length - 8)), Is.EqualTo(bytes.Length - 32 - 3));
            }
        }

        [TestCase("ascii", 0x55, TestName = "Should_Write_Ascii_Strings_As_Ascii")]
        [TestCase("ü", 0x61, TestName = "Should_Write_Other_Strings_As_Utf16")]
        public void Should_Pick_The_String_Encoding(string text, int marker)
        {
            // When
            var bytes = new BinaryPlistWriter().Write(text);

            // Then
            Assert.That(bytes[8], Is.EqualTo(marker));
        }

        [Test]
        public void Should_Write_Any_String_Keyed_Dictionary()
        {
            // Given
            var plist = new SortedDictionary<string, int> { ["b"] = 2, ["a"] = 1 };

            // When
            var result = (PlistDictionary)BinaryPropertyListReader.Read(new BinaryPlistWriter().Write(plist));

            // Then
            Assert.That(result.ToDictionary(), Is.EquivalentTo(new Dictionary<string, object> { ["a"] = 1L, ["b"] = 2L }));
        }

        [Test]
        public void Should_Round_Trip_A_Read_Plist()
        {
            // Given
            var original = (PlistDictionary)BinaryPropertyListReader.Read(
                new BinaryPlistWriter().Write(ArchiveTestFiles.InfoPlist()));

            // When
            var again = (PlistDictionary)BinaryPropertyListReader.Read(new BinaryPlistWriter().Write(original));

            // Then
            Assert.That(again.ToDictionary(), Is.EquivalentTo(original.ToDictionary()));
        }

        [Test]
        public void Should_Reject_A_Value_It_Cannot_Represent()
        {
            // When / Then
            Assert.That(
                () => new BinaryPlistWriter().Write(new Dictionary<string, object> { ["when"] = TimeSpan.Zero }),
                Throws.ArgumentException.With.Message.Contains("TimeSpan"));
        }

        [Test]
        public void Should_Reject_Null_Values()
        {
            // When / Then
            Assert.That(
                () => new BinaryPlistWriter().Write(new Dictionary<string, object?> { ["missing"] = null }),
                Throws.ArgumentException.With.Message.Contains("missing"));
        }

        [Test]
        public void Should_Reject_A_Sequence_That_Contains_Itself()
        {
            // Given
            var list = new List<object>();
            list.Add(list);

            // When / Then
            Assert.That(() => new BinaryPlistWriter().Write(list), Throws.ArgumentException.With.Message.Contains("contain itself"));
        }

        [TestCase(3)]
        [TestCase(16)]
        public void Should_Reject_A_Reference_Size_The_Format_Does_Not_Have(int size)
        {
            // When / Then
            Assert.That(() => new BinaryPlistWriter(size), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
