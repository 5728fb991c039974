using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MockInterviewBot.Groups.Tests;

public sealed class AddStudyGroupsTests
{
    [Fact]
    public void AddStudyGroups_EmptyConfiguration_ReturnsSameCollection()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        var result = services.AddStudyGroups(configuration);

        Assert.Same(services, result);
    }
}
