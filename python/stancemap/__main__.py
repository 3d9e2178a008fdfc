"""``python -m stancemap``: the same as the ``stancemap`` command."""

from stancemap.cli import main

raise SystemExit(main())
