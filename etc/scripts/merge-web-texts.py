#!/usr/bin/env python3
"""Merges the web app's texts into the server's localization resources, which are the only texts the app shows (served by
/api/app/configuration). Two kinds of files ({key: {kk, ru, en}}):
  angular/i18n-keys.json                  → the shell's texts, into Localization/KemelSchoolPD/{culture}.json
  angular/src/app/<module>/i18n-keys.json → a module's pages, into Localization/KemelSchoolPD/Web/<module>/{culture}.json
Run after adding keys in the web app; a test checks that nothing is left unmerged."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
resources = root / "src/KemelSchoolPD.Domain.Shared/Localization/KemelSchoolPD"
cultures = ("kk", "ru", "en")


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def write(path, resource):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(resource, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


shell = load(root / "angular/i18n-keys.json")
for culture in cultures:
    path = resources / f"{culture}.json"
    resource = load(path)
    for key, texts in shell.items():
        resource["texts"][key] = texts[culture]
    write(path, resource)
merged = len(shell)

for module_file in sorted((root / "angular/src/app").glob("*/i18n-keys.json")):
    module = module_file.parent.name
    texts = load(module_file)
    for culture in cultures:
        write(resources / "Web" / module / f"{culture}.json",
              {"culture": culture, "texts": {key: t[culture] for key, t in sorted(texts.items())}})
    merged += len(texts)
print(f"merged {merged} keys")
