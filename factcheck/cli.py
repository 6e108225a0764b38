"""The command line. Thin: each command parses its flags and calls ``commands.<name>.run``,
which returns the exit code. Imports are lazy so ``factcheck --help`` stays fast.

Exit codes: 0 no conflicts; 1 conflicts (or reviews with ``--fail-on review``); 2 a usage
or input error, reported on one line; 3 an internal error (``--debug`` shows the traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Consistency checker for the figures in Chinese news and government reports.")
STATE = {"debug": False, "lang": None}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors."),
          lang: Optional[str] = typer.Option(None, "--lang", help="Language of the report: zh_CN or en "
                                             "(default: `lang` in the configuration, else the locale).")) -> None:
    STATE["debug"] = debug
    if lang is not None:
        from factcheck.messages import normalize_language

        if normalize_language(lang) is None:
            _usage(f"--lang must be zh_CN or en, not {lang!r}")
    STATE["lang"] = lang
    if debug:
        import os

        os.environ["FACTCHECK_DEBUG"] = "1"  # workers re-raise instead of reporting


def _config(project: bool = True):
    """The configuration, with the report language set. Commands that read or write a corpus
    need a project (``project``): outside one they stop rather than create claims/ and a cache
    in a folder that is not a project."""
    import os

    from factcheck import messages, units
    from factcheck.config import find_config
    from factcheck.errors import FactcheckError

    cfg = find_config()
    messages.set_language(STATE["lang"] or cfg.lang or messages.from_locale(os.environ))
    if not cfg.source:
        if project:
            raise FactcheckError(f"no factcheck.yaml (or [tool.factcheck] in pyproject.toml) found in {cfg.root} "
                                 "or any folder above it; run `factcheck init` to make this folder a project")
        return cfg
    units.use_cache(cfg.cache_dir)
    return cfg


def _exit(fn, *args, **kwargs) -> None:
    from factcheck import console
    from factcheck.errors import FactcheckError

    try:
        code = fn(*args, **kwargs)
        from factcheck import units

        units.save_cache()
    except FactcheckError as exc:
        if STATE["debug"]:
            raise
        console.error(str(exc))
        code = 2
    except KeyboardInterrupt:
        console.error("interrupted; files written so far are complete (writes are atomic)")
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # noqa: BLE001 - the one place internal errors become one line
        if STATE["debug"]:
            raise
        console.error(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        code = 3
    raise typer.Exit(code)


@app.command()
def extract(paths: list[Path] = typer.Argument(None, help="Articles or folders (default: the configured corpus)."),
            no_cache: bool = typer.Option(False, "--no-cache", help="Ignore the extraction cache.")) -> None:
    """Extract claims into claims/<article>.yaml, keeping reviewed and hand-added claims."""
    from factcheck.commands import extract as cmd

    _exit(lambda: cmd.run(_config(), paths or [], use_cache=not no_cache))


@app.command()
def claims(paths: list[Path] = typer.Argument(None),
           article: Optional[str] = typer.Option(None, help="Only articles whose path contains this."),
           entity: Optional[str] = typer.Option(None, help="Only claims whose entity contains this."),
           metric: Optional[str] = typer.Option(None, help="Only claims whose metric contains this."),
           fmt: str = typer.Option("table", "--format", help="table, json or yaml.")) -> None:
    """Show the claims a run checks."""
    from factcheck.commands import claims as cmd

    if fmt not in ("table", "json", "yaml"):
        _usage(f"--format must be table, json or yaml, not {fmt!r}")
    _exit(lambda: cmd.run(_config(), paths or [], article, entity, metric, fmt))


@app.command()
def run(paths: list[Path] = typer.Argument(None, help="Articles or folders (default: the configured corpus)."),
        fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                          help="rich, markdown, json, sarif, html or github (default: rich on "
                                               "the terminal; with -o, from the file's suffix)."),
        output: Optional[Path] = typer.Option(None, "--output", "-o",
                                              help="Write the report to this file (.md, .json, .sarif, .html)."),
        show: str = typer.Option("", "--show", help="'agree' to list agreements too."),
        fail_on: Optional[str] = typer.Option(None, "--fail-on", help="conflict (default) or review."),
        no_cache: bool = typer.Option(False, "--no-cache", help="Ignore the extraction cache."),
        engine: str = typer.Option("local", "--engine", help="local, or dask to run on a Dask cluster."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                help="Dask scheduler address (default: a local cluster)."),
        diff: Optional[str] = typer.Option(None, "--diff", metavar="REF",
                                           help="Report only findings on lines changed since this git revision.")) -> None:
    """Check the figures of the corpus and report agreements, conflicts and reviews."""
    from factcheck.commands import run as cmd
    from factcheck.report import FORMATS

    if fmt is None:
        fmt = "rich" if output is None else _format_for(output)
    if fmt not in FORMATS:
        _usage(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fail_on not in (None, "conflict", "review"):
        _usage("--fail-on must be 'conflict' or 'review'")
    if show not in ("", "agree"):
        _usage("--show takes 'agree'")
    if engine not in ("local", "dask"):
        _usage("--engine must be 'local' or 'dask'")
    _exit(lambda: cmd.run(_config(), paths or [], fmt, output, show, fail_on, use_cache=not no_cache,
                          engine=engine, scheduler=scheduler, diff=diff))


@app.command()
def dupes(paths: list[Path] = typer.Argument(None),
          fmt: str = typer.Option("rich", "--format", "-f", help="rich or json.")) -> None:
    """List duplicated passages within and across articles, with a side-by-side view."""
    from factcheck.commands import dupes as cmd

    if fmt not in ("rich", "json"):
        _usage("--format must be rich or json")
    _exit(lambda: cmd.run(_config(), paths or [], fmt))


@app.command()
def explain(finding_id: str = typer.Argument(..., help="A finding id (or its first characters)."),
            paths: list[Path] = typer.Argument(None)) -> None:
    """Show the full derivation of one finding."""
    from factcheck.commands import explain as cmd

    _exit(lambda: cmd.run(_config(), finding_id, paths or []))


@app.command()
def baseline(ids: list[str] = typer.Argument(None, help="Finding ids to accept (default: every conflict and review)."),
             reason: str = typer.Option("", "--reason", "-r", help="Why these findings are accepted (required).")) -> None:
    """Accept findings, with a reason, so that `run` fails only on new ones."""
    from factcheck.commands import baseline as cmd

    _exit(lambda: cmd.run(_config(), ids or [], reason, []))


@app.command()
def init(folder: Path = typer.Argument(Path("."), help="Folder of the new project.")) -> None:
    """Set up a new project: factcheck.yaml, articles/, claims/ and rules/ with the default rules."""
    from factcheck.commands import init as cmd

    _exit(lambda: cmd.run(folder))


@app.command("rules")
def rules_cmd(name: Optional[str] = typer.Argument(None, help="One check to document in full.")) -> None:
    """List the check types with their documentation and the rules configured for this project."""
    from factcheck.commands import rules as cmd

    _exit(lambda: cmd.run(_config(project=False), name))


SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".sarif": "sarif",
                  ".html": "html", ".htm": "html"}


def _format_for(output: Path) -> str:
    """The report format an output file's suffix names; an unknown suffix is a usage error."""
    fmt = SUFFIX_FORMATS.get(output.suffix.lower())
    if fmt is None:
        _usage(f"cannot tell the report format from {output.name!r}: name the file .md, .json, .sarif "
               "or .html, or give --format")
    return fmt


def _usage(message: str) -> None:
    from factcheck import console

    console.error(message)
    raise typer.Exit(2)


def main() -> None:
    try:
        app()
    except SystemExit as exc:
        code = exc.code
        # click reports usage errors with exit code 2 already; keep it.
        sys.exit(code)
