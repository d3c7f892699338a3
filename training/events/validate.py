"""Validate the labelled PLOVER event-sentence corpus in this folder (stdlib only).

Usage: python training/events/validate.py [--strict] [folder]

Checks every line of every *.jsonl file: it parses, has exactly the expected fields with the right
types, the type is one of the 16 PLOVER types or NONE and matches the file name, the mode belongs to
the type (modes as listed in shared/docs/plover.md), actor codes and sectors are known, every
source/target span and the trigger occur in the text, parallel lists have equal lengths, types that
need a recipient have one, and no text occurs twice. Prints counts per type and mode.
Exit code 1 on any error; warnings (odd sentence length) only fail with --strict.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
    "NONE": set(),
}
NEEDS_TARGET = {"COOPERATE", "AID", "SANCTION"}
NON_STATE_CODES = {"IGO", "NGO", "MNC", "ISM", "IMG", "KOS"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
           "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "OPP", "PRE", "REF", "REL",
           "SOC"}
FIELDS = {"text": str, "type": str, "mode": (str, type(None)), "trigger": (str, type(None)),
          "source": list, "source_codes": list, "source_sector": list,
          "target": list, "target_codes": list, "target_sector": list,
          "negated": bool, "future": bool, "hypothetical": bool, "historical": bool}
# ISO 3166-1 alpha-3 (Kosovo's KOS is among the non-state codes above).
ISO3_CODES = frozenset("""
AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB
BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR
CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE
DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF
GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND
HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR
KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ
MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC
NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI
QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE
SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA
THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT
VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
""".split())
MIN_WORDS, MAX_WORDS = 8, 50


def check_record(rec: dict, expected_type: str) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for one parsed record."""
    errors: list[str] = []
    warnings: list[str] = []
    missing = set(FIELDS) - set(rec)
    extra = set(rec) - set(FIELDS)
    if missing:
        errors.append(f"missing fields {sorted(missing)}")
    if extra:
        errors.append(f"unknown fields {sorted(extra)}")
    for key, kind in FIELDS.items():
        if key in rec and not isinstance(rec[key], kind):
            errors.append(f"field {key} has type {type(rec[key]).__name__}")
    if errors:
        return errors, warnings
    text, typ, mode = rec["text"], rec["type"], rec["mode"]
    if typ not in MODES:
        return [f"unknown type {typ!r}"], warnings
    if typ != expected_type:
        errors.append(f"type {typ} in file for {expected_type}")
    if mode is not None and mode not in MODES[typ]:
        errors.append(f"mode {mode!r} not valid for {typ}")
    trigger = rec["trigger"]
    if typ == "NONE":
        if mode is not None or rec["source"] or rec["target"]:
            errors.append("NONE must have no mode, source or target")
    else:
        if not trigger:
            errors.append("event without trigger")
        elif trigger not in text:
            errors.append(f"trigger {trigger!r} not in text")
    if trigger and typ == "NONE" and trigger not in text:
        errors.append(f"trigger {trigger!r} not in text")
    for side in ("source", "target"):
        spans, codes, sectors = rec[side], rec[f"{side}_codes"], rec[f"{side}_sector"]
        if not len(spans) == len(codes) == len(sectors):
            errors.append(f"{side} lists differ in length")
        for span in spans:
            if not isinstance(span, str) or not span or span not in text:
                errors.append(f"{side} span {span!r} not in text")
        for code in codes:
            if not isinstance(code, str) or code not in ISO3_CODES and code not in NON_STATE_CODES:
                errors.append(f"{side} code {code!r} invalid")
        for sector in sectors:
            if sector is not None and sector not in SECTORS:
                errors.append(f"{side} sector {sector!r} invalid")
    if typ in NEEDS_TARGET and not rec["target"]:
        errors.append(f"{typ} needs a recipient")
    if typ != "NONE" and not rec["source"]:
        errors.append("event without source actor")
    n_words = len(text.split())
    if not MIN_WORDS <= n_words <= MAX_WORDS:
        warnings.append(f"{n_words} words")
    return errors, warnings


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else Path(__file__).resolve().parent
    n_errors = n_warnings = 0
    by_type: Counter[str] = Counter()
    by_mode: dict[str, Counter[str]] = defaultdict(Counter)
    flags: Counter[str] = Counter()
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.jsonl")):
        # "assault.jsonl" or a prefixed batch such as "b_assault.jsonl" holds one type.
        expected = path.stem.rsplit("_", 1)[-1].upper()
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                print(f"ERROR {where}: blank line")
                n_errors += 1
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"ERROR {where}: bad JSON ({exc})")
                n_errors += 1
                continue
            if not isinstance(rec, dict):
                print(f"ERROR {where}: not an object")
                n_errors += 1
                continue
            errors, warnings = check_record(rec, expected)
            for msg in errors:
                print(f"ERROR {where}: {msg}")
            for msg in warnings:
                print(f"WARN  {where}: {msg}")
            n_errors += len(errors)
            n_warnings += len(warnings)
            text = rec.get("text")
            if isinstance(text, str):
                key = " ".join(text.split())
                if key in seen:
                    print(f"ERROR {where}: duplicate of {seen[key]}")
                    n_errors += 1
                else:
                    seen[key] = where
            if not errors:
                by_type[rec["type"]] += 1
                by_mode[rec["type"]][rec["mode"] or "-"] += 1
                for flag in ("negated", "future", "hypothetical", "historical"):
                    flags[flag] += rec[flag]
    print(f"\n{sum(by_type.values())} valid records")
    for typ in MODES:
        modes = ", ".join(f"{m} {c}" for m, c in sorted(by_mode[typ].items()))
        print(f"  {typ:10s} {by_type[typ]:5d}   {modes}")
    print("  flags: " + ", ".join(f"{k} {v}" for k, v in flags.items()))
    print(f"{n_errors} errors, {n_warnings} warnings")
    return 1 if n_errors or (strict and n_warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
