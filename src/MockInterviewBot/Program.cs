using MockInterviewBot.Cli;

return await CliApp.BuildRootCommand(args).Parse(args).InvokeAsync();
