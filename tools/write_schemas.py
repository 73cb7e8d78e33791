"""Write the JSON Schema of each document type into the package, as it ships.

    python tools/write_schemas.py

The schemas are generated from the model; the tests check the shipped files
are what this writes.
"""

from __future__ import annotations

from pathlib import Path

import policeplan as pp
from policeplan.reader import DOCUMENT_TYPES

OUT = Path(__file__).resolve().parents[1] / "src" / "policeplan" / "schemas"


def main() -> None:
    for document_type, cls in DOCUMENT_TYPES.items():
        path = OUT / f"{document_type}.schema.json"
        path.write_text(pp.schema.schema_text(cls), "utf-8")
        print(path)


if __name__ == "__main__":
    main()
