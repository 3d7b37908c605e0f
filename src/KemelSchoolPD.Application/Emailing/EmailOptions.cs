namespace KemelSchoolPD.Emailing;

/// <summary>
/// "Email:Smtp:*". With no <see cref="Host"/> every message is written as an .eml file to <see cref="PickupDirectory"/>
/// (the embedded default: nothing to set up, and the messages can be opened in any mail program).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>TLS on connect for port 465, STARTTLS otherwise; false only for a local relay.</summary>
    public bool UseTls { get; set; } = true;
    public string From { get; set; } = "noreply@kemelschoolpd.kz";
    public string FromName { get; set; } = "KemelSchoolPD";
    /// <summary>"Email:PickupDirectory": where .eml files go without SMTP (the host sets App_Data/mail under its content root).</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail");

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
