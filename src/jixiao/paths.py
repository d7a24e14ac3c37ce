"""What a path names, found by ``stat`` alone: a regular file to read, or why not.

A FIFO is never opened (opening one blocks until a writer comes: ``jixiao score fw pipe.yaml`` hung), a
device is never read, a dangling link or a link loop is said as such.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def special_file(p: Path) -> tuple[str, str] | None:
    """Why ``p`` must not be opened (zh, en) when it is a FIFO, a device or a socket; None otherwise (a
    regular file, a folder, or nothing: opening it says what is wrong)."""
    try:
        mode = p.stat().st_mode
    except OSError:
        return None
    if stat.S_ISFIFO(mode):
        return "是命名管道（FIFO），不是文件，未读取", "a named pipe (FIFO), not a file; not read"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "是设备文件，不是普通文件，未读取", "a device, not a regular file; not read"
    if stat.S_ISSOCK(mode):
        return "是套接字，不是文件，未读取", "a socket, not a file; not read"
    return None


def not_a_file(p: Path) -> tuple[str, str] | None:
    """Why ``p`` is not a regular file to read (zh, en), or None."""
    try:
        mode = p.stat().st_mode
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "符号链接循环，无法读取", "a symbolic link loop; not read"
        if p.is_symlink():
            target = os.readlink(p)
            return f"符号链接指向不存在的文件“{target}”", f"a dangling symbolic link (to {target!r})"
        if e.errno == errno.ENOENT:
            return "文件不存在", "file not found"
        return f"无法打开文件：{e.strerror or e}", f"cannot open file: {e}"
    if stat.S_ISREG(mode):
        return None
    return special_file(p) or ("不是文件", "not a file")


def odd_entry(f: Path) -> bool:
    """An entry of a folder that is neither a regular file nor a folder once links are followed: a FIFO,
    a device, a socket, a dangling link, a link loop. Listed so that it is reported, not passed in silence."""
    try:
        mode = f.stat().st_mode
    except OSError:
        return f.is_symlink()
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
