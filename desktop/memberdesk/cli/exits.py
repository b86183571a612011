"""The exit codes of the headless commands (what each means: ``cli/common.py``)."""

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_CANNOT_USE = 2
EXIT_BUSY = 3
EXIT_STOPPED = 130  # 128 + SIGINT: what a shell reports for a command stopped by Ctrl+C
