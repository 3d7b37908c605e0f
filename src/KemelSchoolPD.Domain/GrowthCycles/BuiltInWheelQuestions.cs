namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// Table 14's "Талдауға арналған сұрақ" column (seed 004 L10560–10610): the question for analysis of each suggested sector of
/// the lesson wheel of balance, in the order of <see cref="BuiltInGrowthReference.WheelSectors"/>. The Kazakh is the seed's
/// text word for word; the Russian is the product's translation.
/// </summary>
public static class BuiltInWheelQuestions
{
    public static readonly IReadOnlyList<(string Kk, string Ru)> SectorQuestions =
    [
        ("Сабақ оқу мақсаттарына қаншалықты сәйкес болды?", "Насколько урок соответствовал целям обучения?"),
        ("Мен ішкі мотивацияны қалай тудырдым? Оқушыларда «не үшін?» деген түсінік болды ма?",
            "Как я пробуждал(а) внутреннюю мотивацию? Было ли у учеников понимание «зачем?»?"),
        ("Мен емес, оқушылар қаншалықты жиі сөйледі/әрекет етті?", "Насколько часто говорили/действовали ученики, а не я?"),
        ("Сабақ жайлы, қауіпсіз, эмоционалды түрде жанды болды ма?", "Был ли урок комфортным, безопасным, эмоционально живым?"),
        ("Олар қаншалықты алуан түрлі және мағыналы болды?", "Насколько они были разнообразными и осмысленными?"),
        ("Олар кері байланыс алды ма, нәтижені сезінді ме?", "Получили ли они обратную связь, почувствовали ли результат?"),
        ("Мен сабақты қандай күйде өткіздім? Бұл оқушыларға қалай әсер етті?", "В каком состоянии я провёл(а) урок? Как это повлияло на учеников?"),
        ("Мен қандай жаңа нәрсені қолдандым? Нені байқап көруге баттым?", "Что нового я применил(а)? Что я решился (решилась) попробовать?"),
    ];

    /// <summary>
    /// The suggested sector a wheel's sector is (its name as Table 14 has it in kk or ru, case and spaces aside), or -1 for a
    /// sector the teacher named herself.
    /// </summary>
    public static int IndexOf(string sectorName)
    {
        var name = string.Join(' ', sectorName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i < BuiltInGrowthReference.WheelSectors.Count; i++)
        {
            var (kk, ru) = BuiltInGrowthReference.WheelSectors[i];
            if (string.Equals(name, kk, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, ru, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
