"""Command-line options shared by the commands that run the pipeline (extract, ingest, watch).

Declared once here so every command spells, documents and defaults them the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ModelOption = Annotated[
    str, typer.Option("--model", help="Name of an installed spaCy English pipeline.")
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="A user actor dictionary (YAML, see docs/actors.md); repeatable."),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for records that carry none."),
]
MaxCharsOption = Annotated[
    int, typer.Option("--max-chars", help="Reject articles longer than this many characters.")
]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Worker processes for the pipeline.")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option("--scheduler", help="Run on Dask: 'local', 'local:N' or a scheduler address."),
]
