namespace KemelSchoolPD.Staff;

/// <summary>The national ladder, in order: педагог → педагог-модератор → педагог-сарапшы → педагог-зерттеуші → педагог-шебер.</summary>
public enum QualificationCategory
{
    Pedagogue = 1,
    Moderator = 2,
    Expert = 3,
    Researcher = 4,
    Master = 5,
}
