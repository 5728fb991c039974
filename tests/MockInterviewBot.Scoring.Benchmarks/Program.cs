using BenchmarkDotNet.Running;
using MockInterviewBot.Scoring.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args);
