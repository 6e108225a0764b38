"""YAML in and out: safe loading with line numbers in errors, atomic writes, stable dumps.

Only ``yaml.safe_load`` semantics are used, so tags such as ``!!python/object`` are refused.
Files are written to a temporary file in the same folder and renamed into place, so an
interrupted write never leaves a half-written file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factcheck.errors import FactcheckError, did_you_mean


def _loader():
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def loads(text: str, where: str):
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in str(exc):
            problem = f"YAML tag refused: {problem.split('tag')[-1].strip() or 'unsafe tag'}" \
                if "tag" in problem else "YAML tag refused"
        raise FactcheckError(problem, where, mark.line + 1 if mark else None,
                             mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {exc}", where) from None


def load_file(path: Path, root: Path | None = None):
    where = display_path(path, root)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FactcheckError("not UTF-8 text", where) from None
    return loads(text, where)


def display_path(path: Path, root: Path | None) -> str:
    """How a file is named in messages: relative to the project root when it is inside it."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def reject_unknown(data: dict, allowed, where: str, line: int | None = None) -> None:
    for key in data:
        if key not in allowed:
            raise FactcheckError(f"unknown key {key!r}{did_you_mean(str(key), allowed)}", where, line)


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600 files; give the file the mode a normal write would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def dump(data) -> str:
    import yaml

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
        pass

    def str_presenter(dumper, value):
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, str_presenter)
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


class LineDict(dict):
    """A mapping loaded from YAML that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


def load_with_lines(path: Path, root: Path | None = None):
    """Like ``load_file``, but every mapping is a ``LineDict`` carrying its line numbers."""
    import yaml

    where = display_path(path, root)
    base = _loader()

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def construct_mapping(loader, node, deep=False):
        mapping = LineDict(base.construct_mapping(loader, node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value
                             if isinstance(k, yaml.ScalarNode)}
        return mapping

    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FactcheckError("not UTF-8 text", where) from None
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "constructor" in str(exc):
            problem = "YAML tag refused (only plain YAML is read; tags such as !!python/object are not)"
        raise FactcheckError(problem, where, mark.line + 1 if mark else None,
                             mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {exc}", where) from None
