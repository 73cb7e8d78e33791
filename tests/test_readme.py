"""The README's Python examples run as written and print what they claim."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_run_and_print_what_their_comments_say() -> None:
    text = README.read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks
    output = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(output):
        for block in blocks:
            exec(block, namespace)
    printed = output.getvalue().splitlines()
    expected = [
        comment.split(",")[0].strip()
        for code, comment in re.findall(r"^(print\(.*\))\s+# (.*)$", "\n".join(blocks), re.M)
    ]
    for claim in expected:
        assert any(claim in line for line in printed), (claim, printed)
    assert printed[-2:] == ["position wrong-type", "colour unknown-field"]
