"""Fill unfinished entries of the Norwegian .ts from a JSON file of {source: translation}.

Usage: python scripts/fill_translations.py TRANSLATIONS.json
Then `make translations` compiles the .qm. Sources are matched exactly (after XML unescaping).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "facilitator_nb.ts"
ENTRY = re.compile(
    r"(<source>)(?P<source>[^<]*)(</source>\s*)<translation type=\"unfinished\">[^<]*</translation>",
    re.DOTALL,
)


def main(mapping_file: str) -> int:
    mapping: dict[str, str] = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        source = html.unescape(match.group("source"))
        if source not in mapping:
            missing.append(source)
            return match.group(0)
        translated = html.escape(mapping[source], quote=False).replace("'", "&apos;")
        return f"{match.group(1)}{match.group('source')}{match.group(3)}<translation>{translated}</translation>"

    text = ENTRY.sub(fill, TS.read_text(encoding="utf-8"))
    TS.write_text(text, encoding="utf-8")
    for source in missing:
        print(f"not translated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
