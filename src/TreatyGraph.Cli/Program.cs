using TreatyGraph.Cli;

return await CliApp.RunAsync(args);
