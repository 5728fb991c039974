namespace MockInterviewBot.Core.Interviews.Modes;

public sealed class LearnHandler(EngineServices services) : ModeHandler(services)
{
    public override InterviewMode Mode => InterviewMode.Learn;

    public override bool Begin(TurnContext ctx, StartContext start) => false;

    public override string Describe(InterviewSession session) => "";

    public override string NextSteps(InterviewSession session) => "";
}
