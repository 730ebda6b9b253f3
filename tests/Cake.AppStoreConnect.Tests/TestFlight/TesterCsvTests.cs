using Cake.AppStoreConnect.Client.TestFlight;
using Cake.AppStoreConnect.TestFlight;

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

    [TestCase("a@example.com", true)]
    [TestCase("first.last+tag@sub.example.co.uk", true)]
    [TestCase("a@b", false)]
    [TestCase("a b@example.com", false)]
    [TestCase("a@example.com;b@example.com", false)]
    [TestCase("", false)]
    public void Should_Tell_Email_Addresses(string email, bool valid) => Assert.That(AscTester.IsValidEmail(email), Is.EqualTo(valid));
}
