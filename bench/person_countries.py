"""Where do the countries of people in events come from, and are they right?

    python bench/person_countries.py                       # counts by evidence kind
    python bench/person_countries.py --list context        # every person whose code is a context guess
    python bench/person_countries.py --tsv out.tsv         # every person in an event, one per line
    python bench/person_countries.py --verdicts FILE.tsv   # score against a reader's verdicts

Runs the current pipeline over ``../shared/data/voa_stories.jsonl`` (read in place, ~40 s) and
lists every person actor that is the source or target of an event, once per article, with its
country and the *kind* of evidence that gave the country:

- ``kb``: the knowledge base's entry for the person (``kb:people``);
- ``own``: the person's own words (a demonym or country in the phrase, a title with a country,
  an apposition, a later mention, an organisation, a possessor);
- ``located``: a place under the person's phrase ("a lawyer in Kabul");
- ``sentence``: the one country the sentence names (a context guess);
- ``focus``: the dateline, the article's main country or the last actor of the same sector;
- ``none``: no country.

A verdicts file is a TSV written by a reader (``bench/person_countries/verdicts.tsv``):
``article<TAB>name<TAB>country<TAB>why`` where country is
the code the reader finds right from the article (``-`` for "unknown: should be null"). Lines
starting with ``#`` are comments. The score counts, per evidence kind, the judged people whose
output equals the verdict (right), differs from it (wrong) or is null where the verdict has a code
(abstained: not a guess, but not the answer either).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "data" / "voa_stories.jsonl"
KINDS = ("kb", "own", "located", "sentence", "focus", "none")


def evidence_kind(actor: dict) -> str:
    """Which kind of evidence gave the actor its country (see the module docstring)."""
    if actor["country"] is None:
        return "none"
    evidence = actor.get("evidence") or []
    if any(e.startswith("context: the only country") for e in evidence):
        return "sentence"
    if any(e.startswith("context:") for e in evidence):
        return "focus"
    if any(e.startswith("located:") for e in evidence):
        return "located"
    if any(e.startswith("kb:people") for e in evidence):
        return "kb"
    return "own"


def people_in_events(corpus: Path) -> list[dict]:
    """One row per (article, person actor): name, country, evidence kind and whether an event has it."""
    from tidings.extract import RawArticle, make_doc
    from tidings.pipeline import load
    from tidings.schema import Article

    nlp = load()
    articles = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    raws = [
        RawArticle(Article(id=str(a.get("id", i)), date=(a.get("date") or a.get("published") or "")[:10] or None),
                   a.get("text") or "")
        for i, a in enumerate(articles)
    ]
    rows: list[dict] = []
    for raw, doc in zip(raws, nlp.pipe(make_doc(nlp, r) for r in raws)):
        actors = {a["id"]: a for a in doc._.actors}
        sentences: dict[str, str] = {}  # actor id -> the first event sentence it is in
        for event in doc._.events:
            for ref in [*event["source"], *event["target"]]:
                sentences.setdefault(ref.get("id"), " ".join(event["text"].split())[:240])
        for actor in actors.values():
            if actor["kind"] != "person":
                continue
            first = doc.char_span(*actor["mentions"][0], alignment_mode="expand")
            rows.append({
                "article": raw.meta.id, "name": actor["name"], "country": actor["country"],
                "sector": actor["sector"], "kind": evidence_kind(actor),
                "evidence": " | ".join(actor.get("evidence") or []),
                "in_event": actor["id"] in sentences, "sentence": sentences.get(actor["id"], ""),
                "first": " ".join(first.sent.text.split())[:240] if first is not None else "",
            })
    return rows


def read_verdicts(path: Path) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article, name, code = (line.split("\t") + ["", "", ""])[:3]  # a fourth column says why
        code = code.strip()
        out[(article.strip(), name.strip())] = None if code in {"-", ""} else code
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--tsv", type=Path, help="write every row to this TSV")
    parser.add_argument("--list", choices=KINDS, action="append", help="print the rows of these kinds")
    parser.add_argument("--all", action="store_true", help="count people in no event too")
    parser.add_argument("--verdicts", type=Path, nargs="?", const=HERE / "person_countries" / "verdicts.tsv",
                        help="a reader's verdicts to score against (default: the committed ones)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    everyone = people_in_events(args.corpus)
    rows = everyone if args.all else [r for r in everyone if r["in_event"]]
    counts = Counter(r["kind"] for r in rows)
    print(f"{len(rows)} people{'' if args.all else ' in events'}; by evidence kind:")
    for kind in KINDS:
        print(f"  {kind:9} {counts.get(kind, 0):5}")
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8") as out:
            out.write("article\tname\tcountry\tsector\tkind\tevidence\tfirst mention's sentence\n")
            for r in rows:
                out.write("\t".join(str(r[k]) for k in ("article", "name", "country", "sector", "kind", "evidence", "first")) + "\n")
    for r in rows:
        if args.list and r["kind"] in args.list:
            print(f"{r['article']}\t{r['name']}\t{r['country']}\t{r['kind']}\t{r['evidence']}\n\t\t{r['first']}")
    if args.verdicts:
        verdicts = read_verdicts(args.verdicts)
        tally: dict[str, Counter[str]] = {}
        wrong: list[str] = []
        for r in everyone:  # judged people count whether or not an event still has them
            key = (r["article"], r["name"])
            if key not in verdicts:
                continue
            right_code = verdicts[key]
            outcome = "right" if r["country"] == right_code else "abstained" if r["country"] is None else "wrong"
            tally.setdefault(r["kind"], Counter())[outcome] += 1
            if outcome != "right":
                wrong.append(f"  {outcome:9} {r['article']} {r['name']}: {r['country']} ({r['kind']}), right {right_code or '-'}")
        total = sum((c for c in tally.values()), Counter())
        print(f"judged {sum(total.values())} of {len(verdicts)} verdicts; right / wrong / abstained (null) by evidence kind:")
        for kind in [*KINDS, "all"]:
            c = total if kind == "all" else tally.get(kind)
            if c:
                print(f"  {kind:9} {c['right']:4} {c['wrong']:4} {c['abstained']:4}")
        print("\n".join(wrong))
        present = {(r["article"], r["name"]) for r in everyone}
        missing = [k for k in verdicts if k not in present]
        if missing:
            print(f"  ({len(missing)} judged people are no longer found: {missing[:5]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
