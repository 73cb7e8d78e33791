"""Check the built documentation renders what the sources say: run after ``mkdocs build``.

    python tools/check_site.py site

Fails (exit 1) when a reference page shows reST markup literally (``:class:``
roles, ``>>>`` examples as quoted text) or when a public attrs class of the
package has no signature in the reference.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import attrs

import policeplan as pp

_LITERAL_ROLE = re.compile(r":(?:class|func|meth|data|attr|exc|mod|obj):")
_HEADING = re.compile(r'id="(policeplan\.[\w.]+)"')


def problems(site: Path) -> list[str]:
    found: list[str] = []
    signed: set[str] = set()
    for page in sorted((site / "reference").rglob("index.html")):
        text = page.read_text("utf-8")
        visible = html.unescape(re.sub(r"<[^>]+>", " ", text))
        if _LITERAL_ROLE.search(visible):
            found.append(f"{page}: a reST role is shown as text")
        if re.search(r"<blockquote>\s*<p>\s*&gt;&gt;&gt;", text):
            found.append(f"{page}: an example is rendered as a quotation")
        for block in re.split(r'(?=<h[2-4] id="policeplan\.)', text):
            heading = _HEADING.search(block[:300])
            if heading and 'class="doc-signature' in block.split("<h", 2)[1]:
                signed.add(heading.group(1).rsplit(".", 1)[-1])
    for name in pp.__all__:
        obj = getattr(pp, name)
        if isinstance(obj, type) and attrs.has(obj) and obj.__name__ not in signed:
            found.append(f"the reference shows no signature for {obj.__name__}")
    return found


def main() -> None:
    found = problems(Path(sys.argv[1] if len(sys.argv) > 1 else "site"))
    for problem in found:
        print(problem)
    print(f"{len(found)} problems in the built reference")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
