"""Build examples/articles.jsonl from the example .txt files and the metadata table below.

The .txt files are the source of truth for the text; run this after editing one:

    python examples/build_jsonl.py

Every .txt file must have a row in ARTICLES and every row a file: the script fails otherwise, so
the two can never drift apart (tests/test_readers_examples.py checks the JSONL is up to date).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = "tidings examples"

# id (= file stem): (publication date, headline)
ARTICLES: dict[str, tuple[str, str]] = {
    "aid_pledge_sudan": ("2024-05-21", "Donors pledge $1.9bn for Sudan as UN warns of famine"),
    "artillery_vovchansk": ("2024-05-10", "Russian shelling kills three in Ukrainian border town"),
    "ceasefire_congo": ("2024-07-31", "Congo and Rwanda agree ceasefire in Angola-mediated talks"),
    "court_yekaterinburg": ("2024-08-08", "Russian court jails U.S. teacher for 12 years for espionage"),
    "cyberattack_sweden_rail": ("2024-11-14", "Sweden blames Russian military hackers for rail cyberattack"),
    "election_georgia": ("2024-10-28", "Georgian opposition rejects election result, alleges fraud"),
    "expelled_prague": ("2024-03-28", "Czech Republic expels three Russian diplomats over spying"),
    "hostage_iran_french": ("2024-06-12", "Iran frees French student after Omani mediation"),
    "protest_nairobi": ("2024-07-02", "Kenyan police fire tear gas, arrest dozens at tax protest"),
    "sanctions_russia_suppliers": ("2024-09-13", "U.S. sanctions 52 firms in China, Turkey, UAE over Russia"),
    "summit_canberra": ("2024-03-06", "Widodo and Albanese pledge closer ties on minerals and energy"),
    "tariffs_china_eu_cars": ("2024-06-19", "China threatens 25% tariffs on European cars in EV dispute"),
    "troops_poland_border": ("2024-06-11", "Poland sends 5,000 more troops to Belarus border"),
}


def build_records(directory: Path = HERE) -> list[dict[str, str]]:
    """The JSONL records, sorted by id; raises ValueError if files and table disagree."""
    stems = {path.stem for path in directory.glob("*.txt")}
    missing_rows, missing_files = stems - ARTICLES.keys(), ARTICLES.keys() - stems
    if missing_rows or missing_files:
        raise ValueError(
            f"no metadata for {sorted(missing_rows)}; no .txt file for {sorted(missing_files)}"
        )
    records = []
    for article_id in sorted(ARTICLES):
        date, title = ARTICLES[article_id]
        text = (directory / f"{article_id}.txt").read_text(encoding="utf-8")
        records.append({"id": article_id, "title": title, "date": date, "source": SOURCE, "text": text})
    return records


def render(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def main() -> int:
    target = HERE / "articles.jsonl"
    target.write_text(render(build_records()), encoding="utf-8")
    print(f"wrote {len(ARTICLES)} records to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
