"""``python -m policeplan``: the same as the ``policeplan`` command."""

import sys

from .cli import main

sys.exit(main())
