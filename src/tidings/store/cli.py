"""The store's commands: ``tidings ingest``, ``tidings query ...`` and ``tidings export``.

A thin layer over :class:`tidings.store.Store`: each command parses its options, calls one library
function, and turns tidings' errors into a message on stderr. Exit status: 0 done; 1 some inputs
failed (the others are stored) or the store could not be used; 2 usage error (bad option, no store
at --db, a rejected SQL statement). ``register(app)`` adds the commands to the main ``tidings`` app.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..cli_options import (
    ActorsOption, DateOption, MaxCharsOption, ModelOption, SchedulerOption, WorkersOption,
)
from ..errors import TidingsError
from ..defaults import DEFAULT_MAX_CHARS, DEFAULT_MODEL
from .errors import QueryRejected, StoreError, StoreNotFound
from .store import DEFAULT_DB

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("table", "csv", "json")
CHART_SUFFIXES = (".png", ".svg")

DbOption = Annotated[Path, typer.Option("--db", help="The store: a DuckDB file.")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output: table, csv or json.")]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="First day included (YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Last day included (YYYY-MM-DD).")
]
TypeOption = Annotated[
    list[str] | None,
    typer.Option("--type", "-t", help="Only this PLOVER event type (repeat for several)."),
]
ActorHelp = "A country code (CHN, CHN/GOV) or an actor's name (Putin; name:IBM for a code-like name)."


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"tidings: {message}", err=True)
    return typer.Exit(code)


def _run(action):
    """Call the library; its errors become a message and an exit status."""
    try:
        return action()
    except (QueryRejected, StoreNotFound) as exc:
        raise _fail(str(exc), 2) from exc
    except StoreError as exc:
        raise _fail(str(exc), 1) from exc
    except TidingsError as exc:
        raise _fail(str(exc), 2) from exc


def register(app: typer.Typer) -> None:
    """Add ``ingest``, ``query`` (with its subcommands) and ``export`` to the ``tidings`` app."""
    app.command("ingest")(ingest)
    app.add_typer(query_app, name="query")
    app.command("export")(export)


# --- ingest ----------------------------------------------------------------------------------------


def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .jsonl), directories, or - for standard input."),
    ],
    db: DbOption = DEFAULT_DB,
    date: DateOption = None,
    stdin_format: Annotated[
        str, typer.Option("--stdin-format", help="Standard input is: text (one article) or jsonl.")
    ] = "text",
    replace: Annotated[
        bool, typer.Option("--replace", help="Extract and store again articles already stored.")
    ] = False,
    commit_every: Annotated[
        int,
        typer.Option("--commit-every", min=1, help="Articles per transaction (also every 2 seconds)."),
    ] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    workers: WorkersOption = 1,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract articles and add them to the store; articles already there are skipped.

    Articles are keyed by a hash of their text: ingesting the same input twice adds nothing, and an
    interrupted ingest resumes where it stopped when run again. Articles already stored keep the
    codes they were given: add --replace to code them again with a new --actors dictionary.

    Example: tidings ingest news/ feed.jsonl --db tidings.duckdb --date 2023-10-18
    """
    from ..extract import normalise_date
    from .store import Store

    if stdin_format not in ("text", "jsonl"):
        raise _fail(f"--stdin-format must be text or jsonl, not {stdin_format!r}")
    try:
        default_date = normalise_date(date)
    except TidingsError as exc:
        raise _fail(f"--date: {exc}") from exc
    actor_files = tuple(str(path) for path in actors or ())
    if actor_files:
        from ..kb import load_kb

        try:  # read now (no spaCy model needed), so a bad dictionary is a usage error
            load_kb(actor_files)
        except TidingsError as exc:
            raise _fail(f"--actors: {exc}") from exc

    show_bar = not quiet and _stderr_is_tty()
    progress = _progress_bar() if show_bar else None
    task = None

    def on_failure(failure) -> None:
        where = f" ({failure.where})" if failure.where and failure.where != failure.id else ""
        message = f"tidings: {failure.id}{where}: {failure.reason}"
        if progress is not None:
            progress.console.print(message, markup=False, highlight=False)
        else:
            typer.echo(message, err=True)

    def on_progress(done: int, total: int | None) -> None:
        nonlocal task
        if progress is None:
            return
        if task is None:
            task = progress.add_task("ingest", total=total)
        progress.update(task, completed=done)

    count_first = show_bar and "-" not in inputs
    with Store(db) as store:
        if progress is not None:
            progress.start()
        try:
            report = _run(lambda: store.ingest_inputs(
                inputs, model=model, date=default_date, stdin=sys.stdin, stdin_format=stdin_format,
                replace=replace, max_chars=max_chars, commit_every=commit_every,
                count_first=count_first, on_failure=on_failure, on_progress=on_progress,
                workers=workers, scheduler=scheduler, actors=actor_files,
            ))
        finally:
            if progress is not None:
                progress.stop()
        if not quiet:
            unique = _run(lambda: store.counts()["unique_events"])
            typer.echo(
                f"tidings: stored {report.stored} article(s) with {report.events} event record(s); "
                f"{report.skipped} already stored, {report.failed} failed; "
                f"the store has {unique} event(s) after deduplication ({db})",
                err=True,
            )
    if report.failed:
        raise typer.Exit(1)


def _stderr_is_tty() -> bool:
    return sys.stderr.isatty()


def _progress_bar():
    """A progress bar on stderr: done/total, articles per second, time left."""
    from rich.console import Console
    from rich.progress import (
        BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} articles/s" if speed else "- articles/s")

    return Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), Rate(),
        TextColumn("elapsed"), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
        console=Console(stderr=True),
    )


# --- query -----------------------------------------------------------------------------------------

query_app = typer.Typer(
    no_args_is_help=True,
    help="Ask the store: dyads, meetings, top actors, events, quotations, or your own SQL.",
)


def _open(db: Path):
    """The store, read-only; warns when an interrupted ingest left events to deduplicate."""
    from .store import Store

    store = Store(db, read_only=True)
    if _run(store.pending_dedup):
        typer.echo(
            f"tidings: warning: an ingest into {db} stopped before deduplicating its events; "
            "they are missing from the answers until `tidings ingest` runs again on this store",
            err=True,
        )
    return store


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise _fail(f"--format must be table, csv or json, not {fmt!r}")


@query_app.command("dyad")
def query_dyad(
    a: Annotated[str, typer.Argument(help=ActorHelp)],
    b: Annotated[str, typer.Argument(help=ActorHelp)],
    by: Annotated[str, typer.Option("--by", help="Period: day, week, month or year.")] = "month",
    types: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also draw the series into this .png or .svg file.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """Events between two countries or actors per period, each direction, with mean PLOVER score.

    Example: tidings query dyad RUS UKR --by week --since 2023-01-01 --chart rus_ukr.png
    """
    _check_format(fmt)
    if chart is not None and chart.suffix.lower() not in CHART_SUFFIXES:
        raise _fail(f"--chart must end in .png or .svg, not {chart.name!r}")
    with _open(db) as store:
        frame = _run(lambda: store.dyad_series(a, b, freq=by, since=since, until=until, types=types or ()))
    _emit(frame, fmt, title=f"{a} and {b}, events per {by}")
    if chart is not None:
        draw_dyad_chart(frame, chart, title=f"{a} and {b}: events per {by}")


@query_app.command("meetings")
def query_meetings(
    a: Annotated[str, typer.Argument(help=ActorHelp)],
    b: Annotated[str, typer.Argument(help=ActorHelp)],
    since: SinceOption = None,
    until: UntilOption = None,
    count: Annotated[bool, typer.Option("--count", help="Print only the number of meetings.")] = False,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """Meetings (CONSULT events) with both among the participants, one row per meeting.

    Example: tidings query meetings "Xi Jinping" Putin --since 2013-01-01
    """
    _check_format(fmt)
    with _open(db) as store:
        frame = _run(lambda: store.meetings(a, b, since=since, until=until))
    if count:
        typer.echo(len(frame))
        return
    span = f" since {since}" if since else ""
    span += f" until {until}" if until else ""
    _emit(frame, fmt, title=f"{len(frame)} meeting(s) of {a} and {b}{span}")


@query_app.command("top-actors")
def query_top_actors(
    by: Annotated[str, typer.Option("--by", help="Rank actors (by name) or countries.")] = "actor",
    role: Annotated[str, typer.Option("--role", help="source, target or any.")] = "any",
    types: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many.")] = 20,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """The actors (or countries) taking part in the most events.

    Example: tidings query top-actors --by country --type ASSAULT --role source -n 10
    """
    _check_format(fmt)
    with _open(db) as store:
        frame = _run(lambda: store.top_actors(
            by=by, role=role, types=types or (), since=since, until=until, limit=limit
        ))
    _emit(frame, fmt, title=f"top {'countries' if by == 'country' else 'actors'}")


@query_app.command("events")
def query_events(
    types: TypeOption = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help=ActorHelp)] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", help="source, target or any: where --actor is, or (with --counts) "
                     "whose country is counted. Default: any; with --counts, source."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    counts: Annotated[
        bool, typer.Option("--counts", help="Count events by country and type instead of listing them.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many events.")] = 100,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """Deduplicated events by type and country or actor; or, with --counts, how many of each.

    Example: tidings query events --type ASSAULT --actor RUS --role source --since 2023-10-01
    """
    _check_format(fmt)
    with _open(db) as store:
        if counts:
            frame = _run(lambda: store.event_counts(
                types=types or (), actor=actor, role=role or "source", since=since, until=until
            ))
            title = "events by country and type"
        else:
            frame = _run(lambda: store.events(
                types=types or (), actor=actor, role=role or "any", since=since, until=until, limit=limit
            ))
            title = f"{len(frame)} event(s)"
    _emit(frame, fmt, title=title)


@query_app.command("quotes")
def query_quotes(
    text: Annotated[str | None, typer.Option("--text", help="Quotations containing this text.")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", help=ActorHelp)] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 100,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """Search quotations by their text and/or their speaker.

    Example: tidings query quotes --text ceasefire --speaker "Antony Blinken"
    """
    _check_format(fmt)
    with _open(db) as store:
        frame = _run(lambda: store.quotes(text=text, speaker=speaker, since=since, until=until, limit=limit))
    _emit(frame, fmt, title=f"{len(frame)} quotation(s)")


@query_app.command("sql")
def query_sql(
    query: Annotated[str, typer.Argument(help="One SELECT (or WITH ... SELECT) statement.")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = "table",
) -> None:
    """Run one read-only SELECT on the store (no files, no extensions, no writes).

    Example: tidings query sql "SELECT type, count(*) AS n FROM unique_events GROUP BY type"
    """
    _check_format(fmt)
    with _open(db) as store:
        frame = _run(lambda: store.sql(query))
    _emit(frame, fmt)


# --- export ----------------------------------------------------------------------------------------


def export(
    db: DbOption = DEFAULT_DB,
    parquet: Annotated[
        Path | None,
        typer.Option("--parquet", help="Directory: every table as Parquet, events by year/month."),
    ] = None,
    tsv: Annotated[
        Path | None, typer.Option("--tsv", help="File: every event record, POLECAT-style TSV.")
    ] = None,
    gdelt: Annotated[
        Path | None, typer.Option("--gdelt", help="File: deduplicated events, GDELT 2.0 event columns.")
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace the tables already in the --parquet directory.")
    ] = False,
) -> None:
    """Export the store as Parquet, POLECAT-style TSV and/or a GDELT-style event table.

    Example: tidings export --db tidings.duckdb --parquet out/ --gdelt events.tsv
    """
    if parquet is None and tsv is None and gdelt is None:
        raise _fail("say what to export: --parquet DIR, --tsv FILE and/or --gdelt FILE")
    with _open(db) as store:
        if parquet is not None:
            _run(lambda: store.export_parquet(parquet, overwrite=overwrite))
            typer.echo(f"tidings: wrote Parquet tables under {parquet}", err=True)
        if tsv is not None:
            rows = _run(lambda: store.export_tsv(tsv))
            typer.echo(f"tidings: wrote {rows} event record(s) to {tsv}", err=True)
        if gdelt is not None:
            rows = _run(lambda: store.export_gdelt(gdelt))
            typer.echo(f"tidings: wrote {rows} event(s) to {gdelt}", err=True)


# --- output ----------------------------------------------------------------------------------------


def _cell(value) -> object:
    """A value as JSON-able plain data: dates as YYYY-MM-DD, lists as lists, NaN as None."""
    import datetime as dt

    import numpy as np
    import pandas as pd

    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_cell(item) for item in value]
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            return None
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _text(value) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def _emit(frame: pd.DataFrame, fmt: str, *, title: str | None = None) -> None:
    columns = [str(column) for column in frame.columns]
    rows = [[_cell(value) for value in row] for row in frame.itertuples(index=False, name=None)]
    if fmt == "json":
        typer.echo(json.dumps([dict(zip(columns, row, strict=True)) for row in rows], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_text(value) for value in row] for row in rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_text(value) for value in row))
        Console().print(table)


def draw_dyad_chart(frame: pd.DataFrame, path: Path, *, title: str) -> None:
    """Events per period for each direction (top) and their mean PLOVER score (bottom)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, (counts, scores) = plt.subplots(2, 1, sharex=True, figsize=(9, 5.5), height_ratios=(2, 1))
    for (source, target), series in frame.groupby(["source", "target"], sort=False):
        label = f"{source} \u2192 {target}"
        counts.plot(series["period"], series["events"], marker="o", markersize=3, label=label)
        scores.plot(series["period"], series["mean_score"], marker="o", markersize=3, label=label)
    counts.set_ylabel("events")
    counts.yaxis.set_major_locator(MaxNLocator(integer=True))  # events are whole numbers
    counts.set_title(title)
    counts.legend()
    scores.set_ylabel("mean score")
    scores.set_ylim(-10, 10)
    scores.axhline(0, color="grey", linewidth=0.5)
    figure.autofmt_xdate()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    plt.close(figure)


if __name__ == "__main__":  # python -m tidings.store.cli: the store's commands on their own
    _app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(_app)
    _app(prog_name="tidings")
