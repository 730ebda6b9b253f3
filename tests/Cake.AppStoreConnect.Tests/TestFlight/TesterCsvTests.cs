using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.TestFlight;
using Cake.AppStoreConnect.Tests.TestSupport;

namespace Cake.AppStoreConnect.Tests.TestFlight;

public sealed class TesterCsvTests
{
    [Test]
    public void Should_Read_Pilots_Format_With_Or_Without_A_Header()
    {
        const string Csv = "First,Last,Email,Groups,Devices,Installed Version,Install Date\n" +
            "Ada,Lovelace,ada@example.com,Public Beta;Internal QA,2,1.0 (3),\n" +
            "\"Turing, Alan\",,alan@example.com\r\n" +
            "\n";

        var testers = TesterCsv.Read(new StringReader(Csv));
        var headerless = TesterCsv.Read(new StringReader("Grace,Hopper,grace@example.com,QA"));

        Assert.That(testers, Has.Count.EqualTo(2));
        Assert.That(testers[0].Groups, Is.EqualTo(new[] { "Public Beta", "Internal QA" }));
        Assert.That(testers[1].FirstName, Is.EqualTo("Turing, Alan"));
        Assert.That(testers[1].LastName, Is.Null);
        Assert.That(testers[1].Groups, Is.Empty);
        Assert.That(headerless.Single().Email, Is.EqualTo("grace@example.com"));
    }

    [Test]
    public void Should_Report_Every_Invalid_Row_With_Its_Line()
    {
        var ex = Assert.Throws<FormatException>(() => TesterCsv.Read(new StringReader("First,Last,Email\nA,B,a@example.com\nC,D,not-an-email\nE,F,\n"), "testers.csv"));

        Assert.That(ex!.Message, Does.Contain("testers.csv has 2 invalid row(s)").And.Contain("line 3").And.Contain("line 4"));
    }

    [Test]
    public void Should_Write_What_It_Reads()
    {
        var writer = new StringWriter();
        TesterCsv.Write([new AscBetaTester("1", "ada@example.com", "Ada", "Love, \"Lace\"", "EMAIL", "INVITED") { Groups = ["A", "B"] }], writer);

        var back = TesterCsv.Read(new StringReader(writer.ToString()));

        Assert.That(writer.ToString(), Does.StartWith("First,Last,Email,Groups,Devices,Installed Version,Install Date\n"));
        Assert.That(back.Single().LastName, Is.EqualTo("Love, \"Lace\""));
        Assert.That(back.Single().Groups, Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Should_Write_Names_A_Spreadsheet_Would_Run_As_Text_And_Read_Them_Back()
    {
        var writer = new StringWriter();
        TesterCsv.Write([new AscBetaTester("1", "eve@example.com", "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1)", "EMAIL", "INVITED") { Groups = ["-1+2"] }], writer);

        var row = writer.ToString().Split('\n')[1];
        var back = TesterCsv.Read(new StringReader(writer.ToString())).Single();

        Assert.Multiple(() =>
        {
            Assert.That(row, Does.StartWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'@SUM(1)\",eve@example.com,\"'-1+2\","));
            Assert.That(back.FirstName, Is.EqualTo("=HYPERLINK(\"http://evil.example\",\"x\")"));
            Assert.That(back.LastName, Is.EqualTo("@SUM(1)"));
            Assert.That(back.Groups, Is.EqualTo(new[] { "-1+2" }));
        });
    }

    [Test]
    public void Should_Refuse_A_Latin1_File_Naming_The_Line_And_The_Fix()
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "testers.csv");
        File.WriteAllBytes(path, [.. "First,Last,Email\nAda,Lovelace,ada@example.com\n"u8, .. System.Text.Encoding.Latin1.GetBytes("Jos\u00e9,M\u00fcller,jose@example.com\n")]);

        var ex = Assert.Throws<FormatException>(() => TesterCsv.Read(path));

        Assert.That(ex!.Message, Does.Contain(path).And.Contain("line 3").And.Contain("not UTF-8").And.Contain("Save it as UTF-8"));
    }

    [TestCase("utf-8-bom")]
    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    [TestCase("utf-8")]
    public void Should_Read_Unicode_Files_By_Their_Byte_Order_Mark(string encodingName)
    {
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "testers.csv");
        var encoding = encodingName switch
        {
            "utf-8-bom" => new System.Text.UTF8Encoding(true),
            "utf-16le" => new System.Text.UnicodeEncoding(false, true),
            "utf-16be" => new System.Text.UnicodeEncoding(true, true),
            _ => (System.Text.Encoding)new System.Text.UTF8Encoding(false),
        };
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes("Jos\u00e9,M\u00fcller,jose@example.com\n")]);

        var tester = TesterCsv.Read(path).Single();

        Assert.That((tester.FirstName, tester.LastName), Is.EqualTo(("Jos\u00e9", "M\u00fcller")));
    }

    [Test]
    public void Should_Refuse_Replacement_Characters_Rather_Than_Send_Them()
    {
        var ex = Assert.Throws<FormatException>(() => TesterCsv.Read(new StringReader("Jos\uFFFD,M\uFFFDller,jose@example.com\n"), "testers.csv"));

        Assert.That(ex!.Message, Does.Contain("line 1").And.Contain("U+FFFD"));
    }

    [TestCase("a@example.com", true)]
    [TestCase("first.last+tag@sub.example.co.uk", true)]
    [TestCase("a@b", false)]
    [TestCase("a b@example.com", false)]
    [TestCase("a@example.com;b@example.com", false)]
    [TestCase("", false)]
    public void Should_Tell_Email_Addresses(string email, bool valid) => Assert.That(AscTester.IsValidEmail(email), Is.EqualTo(valid));
}
