#!/usr/bin/env python3
"""Merges the web app's texts (angular/i18n-keys.json: {key: {kk, ru, en}}) into the server's localization resources,
which are the only texts the app shows (served by /api/app/configuration). Run after adding keys in the web app;
a test checks that nothing is left unmerged."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
web = json.loads((root / "angular/i18n-keys.json").read_text(encoding="utf-8"))
for culture in ("kk", "ru", "en"):
    path = root / f"src/KemelSchoolPD.Domain.Shared/Localization/KemelSchoolPD/{culture}.json"
    resource = json.loads(path.read_text(encoding="utf-8"))
    for key, texts in web.items():
        resource["texts"][key] = texts[culture]
    path.write_text(json.dumps(resource, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"merged {len(web)} keys")
