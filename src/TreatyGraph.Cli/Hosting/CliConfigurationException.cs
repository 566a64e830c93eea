namespace TreatyGraph.Cli.Hosting;

/// <summary>The configuration cannot work (an unknown provider, a missing value); the message says which setting.</summary>
internal sealed class CliConfigurationException : Exception
{
    public CliConfigurationException()
    {
    }

    public CliConfigurationException(string message)
        : base(message)
    {
    }

    public CliConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
