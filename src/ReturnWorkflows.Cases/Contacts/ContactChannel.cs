namespace ReturnWorkflows.Cases.Contacts;

/// <summary>How a case worker tried to reach a person.</summary>
public enum ContactChannel
{
    /// <summary>In person: at the office, the reception centre or at home.</summary>
    Visit,
    Phone,
    /// <summary>A text or messaging app (SMS, WhatsApp, Viber...).</summary>
    Messaging,
}
