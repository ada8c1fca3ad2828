"""Entry script of the PyInstaller bundle: the same `main` as the `learnorg` console script.

The Windows window-only executable (console=False) starts with sys.stdout and sys.stderr set to None;
a command run through it would fail on its first print, so both point to the null device instead
(the log file in the user data folder keeps what matters; learnorg-cli.exe is the one for commands).
"""

from __future__ import annotations

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from learnorg_desktop.__main__ import main

main()
