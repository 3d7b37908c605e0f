#!/usr/bin/env python3
"""Fails when a C# line is longer than 140 characters (.editorconfig's max_line_length).

EF Core's generated migrations are left as the tools write them. A line that is long only because of the text of a string
literal (a message, a seed's sentence) is allowed: cutting a sentence in two makes it harder to read and to search for.
"""
import pathlib
import re
import sys

LIMIT = 140
ROOT = pathlib.Path(__file__).resolve().parents[2]
# A one-line raw string first: its text may hold quotes (JSON), which the regular literal would split.
STRING = re.compile(r'\$*"""(?:[^"]|"(?!""))*"""|\$?@?"(?:[^"\\]|\\.)*"')


def too_long(line: str) -> bool:
    if len(line) <= LIMIT:
        return False
    stripped = line.lstrip()
    if stripped.startswith("//"):
        return True
    return len(STRING.sub('""', line)) > LIMIT


def main() -> int:
    problems = []
    for path in sorted(ROOT.glob("**/*.cs")):
        rel = path.relative_to(ROOT)
        if any(part in ("Migrations", "bin", "obj", "node_modules") for part in rel.parts):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if too_long(line):
                problems.append(f"{rel}:{number}: {len(line)} characters")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} C# lines are longer than {LIMIT} characters (wrap them; long string literals may stay).")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
