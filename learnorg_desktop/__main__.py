"""`python -m learnorg_desktop` and the `learnorg` console script."""

from __future__ import annotations

import sys

from learnorg_desktop.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main(sys.argv[1:]))


if __name__ == "__main__":
    main()
