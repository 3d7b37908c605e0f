namespace KemelSchoolPD.Schools;

public enum SettlementType
{
    Urban = 1,
    Rural = 2,
}

public enum LanguageOfInstruction
{
    Kazakh = 1,
    Russian = 2,
    English = 3,
    Uzbek = 4,
    Uyghur = 5,
    Tajik = 6,
}
