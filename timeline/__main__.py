"""``python -m timeline``: the command line."""

from .cli import main

raise SystemExit(main())
