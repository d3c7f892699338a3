"""The ``tidings`` command line: a thin layer over the library.

Each command parses its options, calls one library function, and turns tidings' errors into a
message on stderr. Exit status: 0 all inputs processed; 1 some inputs failed (the others are still
processed and written); 2 usage error.

No input or failure prints a traceback: whatever a command lets escape is caught once, by the
group that runs every command (:class:`GuardedGroup`), and said in one line on stderr with exit
status 1. ``TIDINGS_TRACEBACK=1`` in the environment shows the traceback of an unexpected error,
for a bug report.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

try:  # Typer 0.2x vendors its own copy of Click, whose exceptions are not click's
    from typer._click.exceptions import ClickException
except ImportError:  # a Typer that uses Click itself
    from click.exceptions import ClickException

from . import __version__
from .cli_options import (
    ActorsOption,
    DateOption,
    MaxCharsOption,
    ModelOption,
    SchedulerOption,
    WorkersOption,
)
from .errors import TidingsError
from .defaults import DEFAULT_MAX_CHARS, DEFAULT_MODEL

TRACEBACK_VARIABLE = "TIDINGS_TRACEBACK"
# What Click and Typer turn into exit statuses and messages themselves.
_PASS_THROUGH = (typer.Exit, typer.Abort, ClickException, KeyboardInterrupt, EOFError)


class GuardedGroup(TyperGroup):
    """The ``tidings`` group: a command's unexpected exception becomes one line and exit status 1.

    Click's own outcomes pass through untouched (usage errors exit 2, ``typer.Exit``, Ctrl-C, and a
    closed pipe, ``tidings extract ... | head``, which Click ends quietly).
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except _PASS_THROUGH:
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE or os.environ.get(TRACEBACK_VARIABLE):
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            raise _fail(f"{where}{exc.strerror or exc}", 1) from exc
        except TidingsError as exc:
            raise _fail(str(exc), 1) from exc
        except Exception as exc:
            if os.environ.get(TRACEBACK_VARIABLE):
                raise
            detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
            raise _fail(
                f"internal error: {detail} (a bug in tidings: run again with {TRACEBACK_VARIABLE}=1 "
                "to see where, and please report it)",
                1,
            ) from exc


app = typer.Typer(
    cls=GuardedGroup,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals would print article text and paths
    no_args_is_help=True,
    help="News articles in; PLOVER events, actors, quotations, amounts, dates, places and tone out.",
)



def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"tidings: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tidings {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """tidings turns news into event data."""


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .jsonl), directories, or - for standard input."),
    ],
    date: DateOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: json, jsonl or tsv.")
    ] = "json",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")
    ] = None,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Also print a readable summary per article on stderr."),
    ] = False,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract actors, events, quotations, quantities, dates, places and tone.

    Example: tidings extract article.txt --date 2023-10-18 --format jsonl -o out.jsonl
    """
    from .extract import normalise_date
    from .pipeline import load
    from .readers import read_inputs
    from .runner import run
    from .writers import summarise, write_results

    if fmt not in ("json", "jsonl", "tsv"):
        raise _fail(f"--format must be json, jsonl or tsv, not {fmt!r}")
    try:
        default_date = normalise_date(date)
    except TidingsError as exc:
        raise _fail(f"--date: {exc}") from exc
    actor_files = tuple(str(path) for path in actors or ())
    try:
        load(model, actors=actor_files)  # here, so a missing model or dictionary is a usage error
    except TidingsError as exc:
        raise _fail(str(exc)) from exc

    failures = 0

    def results():
        nonlocal failures
        items = read_inputs(inputs, stdin=sys.stdin, stdin_format=fmt)
        for result, failure in run(
            _with_default_date(items, default_date), model=model, workers=workers,
            scheduler=scheduler, max_chars=max_chars, actors=actor_files,
        ):
            if failure is not None:
                failures += 1
                where = f" ({failure.where})" if failure.where and failure.where != failure.id else ""
                typer.echo(f"tidings: {failure.id}{where}: {failure.reason}", err=True)
            elif summary:
                typer.echo(summarise(result), err=True)
            yield result

    try:
        if out:
            out.parent.mkdir(parents=True, exist_ok=True)
        stream = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    except OSError as exc:
        raise _fail(f"--out {out}: cannot write there: {exc.strerror or exc}") from exc
    try:
        write_results(results(), stream, fmt)
    finally:
        if out:
            stream.close()
    if failures:
        raise typer.Exit(1)


def _with_default_date(items, default_date: str | None):
    """Give records without a date of their own the --date."""
    from .extract import RawArticle

    for item in items:
        if default_date and isinstance(item, RawArticle) and item.meta.date is None:
            item = RawArticle(item.meta.model_copy(update={"date": default_date}), item.text)
        yield item


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL in the PLOVER gold-standard format.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    model: ModelOption = DEFAULT_MODEL,
) -> None:
    """Score event and actor coding against human-coded sentences.

    Example: tidings eval ../shared/data/plover_gsr.dev.jsonl
    """
    from .evaluate import evaluate_file, format_report
    from .pipeline import load

    if not gold.exists():
        raise _fail(f"{gold}: no such file")
    try:
        report = evaluate_file(gold, nlp=load(model))
    except TidingsError as exc:
        raise _fail(str(exc)) from exc
    typer.echo(json.dumps(report, indent=2) if as_json else format_report(report))


def _register_commands() -> None:
    """The store, server and web commands live beside the code they drive."""
    from .server.cli import register as register_server
    from .store.cli import register as register_store
    from .web.cli import register as register_web

    register_store(app)
    register_server(app)
    register_web(app)


_register_commands()


@app.command()
def kb(
    actors: ActorsOption = None,
) -> None:
    """Show what the actor knowledge base holds and when each table was last reviewed.

    Example: tidings kb --actors my_actors.yaml
    """
    from .kb import describe_kb

    try:
        typer.echo(describe_kb([str(path) for path in actors or ()]))
    except TidingsError as exc:
        raise _fail(str(exc)) from exc


def main() -> None:
    """Entry point of the ``tidings`` console script."""
    app(prog_name="tidings")


if __name__ == "__main__":
    main()
