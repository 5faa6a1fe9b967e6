"""Folders and files that hold personal data, created readable by their owner only.

The data directory holds the SQLite database, the console history and the Matrix login and
keys. What vetbot creates there is ``0700`` (folders) and ``0600`` (files) whatever the umask,
so other accounts on the machine cannot read it. Folders and files that exist already are left
as the operator set them up.
"""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """``path`` as a folder: created, with any missing parents, owner-only; an existing folder
    is left as it is. Raises ``FileExistsError`` when ``path`` is a file."""
    if path.is_dir():
        return path
    private_dir(path.parent)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        if path.is_dir():  # made meanwhile by another process
            return path
        raise
    os.chmod(path, DIR_MODE)  # mkdir's mode is cut by the umask
    return path


def private_file(path: Path) -> Path:
    """``path`` as a file: created empty and owner-only (its folder too) unless it exists."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return path
    try:
        os.fchmod(fd, FILE_MODE)  # the umask may have cut the mode os.open was given
    finally:
        os.close(fd)
    return path
