using Cake.AppStoreConnect.SampleIpa;

return SampleIpaCommand.Run(args, Console.Out, Console.Error);
