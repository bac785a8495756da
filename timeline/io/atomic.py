"""Output files written whole or not at all.

A command that is interrupted (Ctrl-C), crashes or fails half-way must leave the file it was
writing as it was before.  :func:`atomic_output` writes to a new temporary file in the same
folder (a unique name created with ``O_EXCL``, so it never opens an existing file or follows a
symlink planted under that name) and renames it over the target only when the writing ended
without an error; on any error the temporary file is removed.  The rename replaces the
target path itself: a symlink there is replaced, its target left alone.  A target that is
not a regular file (``/dev/null``, a named pipe, a terminal) cannot be replaced and is
written directly.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from typing import IO

__all__ = ["atomic_output", "atomic_write"]

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _special(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, *, newline: str = "\n", encoding: str = "utf-8",
                  errors: str = "strict") -> Iterator[IO[str]]:
    """A text stream whose content becomes ``path`` when the ``with`` block ends without error.

    An existing file keeps its permission bits.  Raises :class:`OSError` when the folder
    cannot take a new file, or ``path`` is a directory.
    """
    target = os.fspath(path)
    if os.path.isdir(target):
        raise IsADirectoryError(21, "Is a directory", target)
    if _special(target):
        with open(target, "w", encoding=encoding, errors=errors, newline=newline) as handle:
            yield handle
        return
    folder, name = os.path.split(os.path.abspath(target))
    while True:
        temporary = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            descriptor = os.open(temporary, _FLAGS, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with contextlib.suppress(OSError):
            os.chmod(descriptor, stat.S_IMODE(os.stat(target).st_mode))
        with open(descriptor, "w", encoding=encoding, errors=errors, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def atomic_write(path: str | os.PathLike, text: str, *, newline: str = "\n") -> None:
    """Replace ``path`` with ``text`` (UTF-8) as :func:`atomic_output` does."""
    with atomic_output(path, newline=newline) as handle:
        handle.write(text)
