using System.Text;
using Cake.AppStoreConnect.Signing.Match;

namespace Cake.AppStoreConnect.Tests.Signing.Match;

public sealed class MatchCipherTests
{
    private const string Password = "correct horse battery staple";
    private const string Path = "/storage/certs/distribution/A1B2C3D4E5.cer";

    // Known answers, produced once outside .NET from match's documented algorithm (encryption.rb) and kept as text:
    // v1 by `openssl enc -aes-256-cbc -md <md5|sha256> -k <password> -S 0102030405060708 -a` (cipher text only, the
    // OpenSSL 3 command writes no header with -S), v2 by Node's crypto: pbkdf2(sha256, 10000, 68) and aes-256-gcm.
    private static readonly byte[] Plain = Encoding.ASCII.GetBytes("-----BEGIN MATCH TEST-----\nknown answer for match v1 and v2\n-----END MATCH TEST-----\n");
    private static readonly byte[] Salt = [1, 2, 3, 4, 5, 6, 7, 8];
    private const string V1Md5CipherText = "KqlLSFdTGQf2MIuQ+hN7gvhs7iPDMIvX880o64METqOspEjBaWiso87/phUbCCeoIMh9r1JR7tbCTg/GQUYKh4TEac5ql9+N2hwkgjp3CfCv9JGgAfl5kR7n1XBY8+U9";
    private const string V1Sha256CipherText = "VnVTOoXVVqU8KIn3lVtFmFmmSt5ht3OUpInDFM8U2CclSy0fv5e/vC74r6+JCMzKo4Cag3OB97a2DBfUspYXwx3poqNj3TFIpfeNnHdSy3tqlMcmQwoo5eCEEWXqtAxN";
    private const string V2 = "bWF0Y2hfZW5jcnlwdGVkX3YyX18BAgMEBQYHCJmPWdf+1ORuPEGgoqxopLZkhMSlsJhukSYPj7kR8wZaIIf1211VTvH95WRuOPS+wPoICBGcENHW7d0plX8kSqwTI5LafUMHV1/vHUZNYUO5C9hzG+VapN4H2Hn/qqwWJ1tZSKpH";
    private const string V2NonAscii = "bWF0Y2hfZW5jcnlwdGVkX3YyX1+hoqOkpaanqLlbBmYfNFjSpufxG62ED2O6i6xP3WdyFduGssccWk8QaPr9Ctk/OV/iQGCumbGZtms40mnikvASER/QarxQzfKVwIis3IoWhkBoVyNovPEz0OLaSVNIzBMqaPUd34ZWpSRTCt5y";

    private static MatchPassword Secret(string value = Password) => new(value, "MATCH_PASSWORD");

    private static byte[] V1File(string cipherText) =>
        Encoding.ASCII.GetBytes(Convert.ToBase64String([.. "Salted__"u8.ToArray(), .. Salt, .. Convert.FromBase64String(cipherText)]));

    public sealed class TheDecryptMethod
    {
        [Test]
        public void Should_Read_The_V2_Known_Answer()
        {
            // When
            var (content, format) = MatchCipher.Decrypt(Encoding.ASCII.GetBytes(V2), Secret(), Path);

            // Then
            Assert.That(format, Is.EqualTo(MatchFileFormat.V2));
            Assert.That(content, Is.EqualTo(Plain));
        }

        [Test]
        public void Should_Derive_The_V2_Key_From_The_Passwords_Utf8_Bytes()
        {
            // When
            var (content, _) = MatchCipher.Decrypt(Encoding.ASCII.GetBytes(V2NonAscii), Secret("pässwörd"), Path);

            // Then
            Assert.That(content, Is.EqualTo(Plain));
        }

        [TestCase(V1Md5CipherText, TestName = "Should_Read_The_V1_Known_Answer_Derived_With_MD5")]
        [TestCase(V1Sha256CipherText, TestName = "Should_Read_The_V1_Known_Answer_Derived_With_SHA256")]
        public void Should_Read_The_V1_Known_Answer(string cipherText)
        {
            // When
            var (content, format) = MatchCipher.Decrypt(V1File(cipherText), Secret(), Path);

            // Then
            Assert.That(format, Is.EqualTo(MatchFileFormat.V1));
            Assert.That(content, Is.EqualTo(Plain));
        }

        [TestCase("md5")]
        [TestCase("sha256")]
        public void Should_Read_V1_Written_By_The_OpenSsl_Command(string digest)
        {
            // Given a real certificate encrypted by openssl as match v1 writes it (random salt, 64-column base64)
            using var material = SigningMaterial.Create();
            var stored = IndependentProducer.OpenSslV1(material.Certificate.RawData, Password, digest);

            // When
            var (content, format) = MatchCipher.Decrypt(stored, Secret(), Path);

            // Then
            Assert.That(format, Is.EqualTo(MatchFileFormat.V1));
            Assert.That(content, Is.EqualTo(material.Certificate.RawData));
        }

        [Test]
        public void Should_Read_V2_Written_By_Nodes_OpenSsl()
        {
            // Given
            using var material = SigningMaterial.Create();
            var stored = IndependentProducer.NodeV2Encrypt(material.Profile, Password);

            // When
            var (content, format) = MatchCipher.Decrypt(stored, Secret(), Path);

            // Then
            Assert.That(format, Is.EqualTo(MatchFileFormat.V2));
            Assert.That(content, Is.EqualTo(material.Profile));
        }

        [Test]
        public void Should_Say_The_Password_Is_Wrong_For_V2_Naming_Its_Source_And_The_File_But_Not_The_Password()
        {
            // When
            var error = Assert.Throws<AscMatchPasswordException>(() => MatchCipher.Decrypt(Encoding.ASCII.GetBytes(V2), Secret("wrong-secret-42"), Path));

            // Then
            Assert.That(error!.Message, Does.Contain("MATCH_PASSWORD").And.Contain(Path).And.Contain("v2").And.Not.Contain("wrong-secret-42"));
            Assert.That(error.FilePath, Is.EqualTo(Path));
        }

        [Test]
        public void Should_Say_The_Password_Is_Wrong_For_V1_After_Trying_Both_Digests()
        {
            // When
            var error = Assert.Throws<AscMatchPasswordException>(() => MatchCipher.Decrypt(V1File(V1Md5CipherText), Secret("wrong-secret-42"), Path));

            // Then
            Assert.That(error!.Message, Does.Contain("MATCH_PASSWORD").And.Contain(Path).And.Contain("MD5 and SHA-256").And.Not.Contain("wrong-secret-42"));
        }

        [Test]
        public void Should_Refuse_Many_Wrong_V1_Passwords_Even_When_The_Padding_Happens_To_Be_Valid()
        {
            // Given 600 wrong passwords: about 1 in 256 decrypts to valid padding (fastlane #21663), so some would pass a padding check alone
            var stored = V1File(V1Md5CipherText);

            // When
            var opened = Enumerable.Range(0, 600).Count(i =>
            {
                try
                {
                    MatchCipher.Decrypt(stored, Secret($"wrong-{i}"), Path);
                    return true;
                }
                catch (AscMatchPasswordException)
                {
                    return false;
                }
            });

            // Then
            Assert.That(opened, Is.Zero);
        }

        [Test]
        public void Should_Ask_For_The_Password_When_None_Is_Given_For_An_Encrypted_File()
        {
            // When
            var error = Assert.Throws<AscMatchPasswordException>(() => MatchCipher.Decrypt(Encoding.ASCII.GetBytes(V2), Secret(string.Empty), Path));

            // Then
            Assert.That(error!.Message, Does.Contain("no password was given").And.Contain("MATCH_PASSWORD"));
        }

        [Test]
        public void Should_Call_A_V2_File_Cut_Inside_Its_Header_Damaged()
        {
            // Given the first 40 of the 44 header bytes
            var stored = Encoding.ASCII.GetBytes(Convert.ToBase64String(Convert.FromBase64String(V2)[..40]));

            // When
            var error = Assert.Throws<AscMatchStorageException>(() => MatchCipher.Decrypt(stored, Secret(), Path));

            // Then
            Assert.That(error, Is.Not.InstanceOf<AscMatchPasswordException>());
            Assert.That(error!.Message, Does.Contain("damaged").And.Contain(Path));
        }

        [Test]
        public void Should_Call_A_V1_File_Cut_Inside_A_Block_Damaged()
        {
            // Given
            var data = Convert.FromBase64String(Encoding.ASCII.GetString(V1File(V1Md5CipherText)));
            var stored = Encoding.ASCII.GetBytes(Convert.ToBase64String(data[..^5]));

            // When
            var error = Assert.Throws<AscMatchStorageException>(() => MatchCipher.Decrypt(stored, Secret(), Path));

            // Then
            Assert.That(error, Is.Not.InstanceOf<AscMatchPasswordException>());
            Assert.That(error!.Message, Does.Contain("damaged").And.Contain("16-byte"));
        }

        [Test]
        public void Should_Call_A_File_Cut_Inside_Its_Base64_Text_Damaged()
        {
            // When
            var error = Assert.Throws<AscMatchStorageException>(() => MatchCipher.Decrypt(Encoding.ASCII.GetBytes(V2[..^3]), Secret(), Path));

            // Then
            Assert.That(error, Is.Not.InstanceOf<AscMatchPasswordException>());
            Assert.That(error!.Message, Does.Contain("damaged").And.Contain("base64"));
        }

        [TestCase("hello, not a match file")]
        [TestCase("aGVsbG8sIG5vdCBhIG1hdGNoIGZpbGU=")]
        public void Should_Refuse_A_File_In_No_Format_Match_Writes(string text)
        {
            // When
            var error = Assert.Throws<AscMatchStorageException>(() => MatchCipher.Decrypt(Encoding.ASCII.GetBytes(text), Secret(), Path));

            // Then
            Assert.That(error, Is.Not.InstanceOf<AscMatchPasswordException>());
            Assert.That(error!.Message, Does.Contain("no format fastlane match writes").And.Contain(Path));
        }

        [Test]
        public void Should_Pass_An_Unencrypted_File_Through()
        {
            // Given what match's google_cloud and gitlab_secure_files storages hold: the plain DER certificate
            using var material = SigningMaterial.Create();

            // When
            var (content, format) = MatchCipher.Decrypt(material.Certificate.RawData, Secret(string.Empty), Path);

            // Then
            Assert.That(format, Is.EqualTo(MatchFileFormat.Unencrypted));
            Assert.That(content, Is.EqualTo(material.Certificate.RawData));
        }
    }

    public sealed class TheEncryptV2Method
    {
        [Test]
        public void Should_Write_The_Known_Answer_For_The_Same_Salt()
        {
            // When
            var stored = MatchCipher.EncryptV2(Plain, Secret(), Salt);

            // Then the bytes are the independent producer's
            Assert.That(Convert.FromBase64String(Encoding.ASCII.GetString(stored)), Is.EqualTo(Convert.FromBase64String(V2)));
        }

        [Test]
        public void Should_Write_Base64_In_Lines_Of_60_As_Rubys_Encode64()
        {
            // When
            var lines = Encoding.ASCII.GetString(MatchCipher.EncryptV2(new byte[500], Secret())).Split('\n');

            // Then
            Assert.That(lines[^1], Is.Empty, "every line ends with a newline");
            Assert.That(lines[..^2], Has.All.Length.EqualTo(60));
            Assert.That(lines[^2].Length, Is.InRange(1, 60));
        }

        [Test]
        public void Should_Use_A_New_Salt_Each_Time()
        {
            // When
            var first = MatchCipher.EncryptV2(Plain, Secret());
            var second = MatchCipher.EncryptV2(Plain, Secret());

            // Then
            Assert.That(first, Is.Not.EqualTo(second));
            Assert.That(MatchCipher.Decrypt(second, Secret(), Path).Content, Is.EqualTo(Plain));
        }

        [Test]
        public void Should_Be_Read_By_Nodes_OpenSsl()
        {
            // Given
            using var material = SigningMaterial.Create();

            // When
            var plain = IndependentProducer.NodeV2Decrypt(MatchCipher.EncryptV2(material.Profile, Secret()), Password);

            // Then
            Assert.That(plain, Is.EqualTo(material.Profile));
        }
    }
}
