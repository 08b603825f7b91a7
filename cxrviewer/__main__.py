"""``python -m cxrviewer`` and the frozen executables start here."""

import multiprocessing
import sys

from cxrviewer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
