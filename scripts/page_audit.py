#!/usr/bin/python3
"""The whole-page audit: how many of the events Herodotus codes from real web pages are right.

Codes every page of the boilerplate sets in ../shared/data (L3S-GN1, CleanPortalEval, and the
readability test pages), draws a fixed-seed sample of the distinct events, and keeps the sample and a
reader's verdicts in a TSV file under docs/audit/ (keys and codes only: the pages' text stays in
../shared/data, and `show` prints each event's sentence from there for the reader).

  page_audit.py draw  BIN SHARED AUDIT.tsv [--previous OLD.tsv ...]
      draws the sample; verdicts of earlier audits carry over to the same events
  page_audit.py show  BIN SHARED AUDIT.tsv [--all]
      prints each event still without a verdict (all with --all) with its sentence
  page_audit.py score AUDIT.tsv
      the tally: correct, one actor wrong, wrong; and the material-conflict events alone

Verdicts, judged from the event's sentence alone as a careful reader of event data would:
  correct  the event happened (or was said) as coded: right CAMEO root, right source and target
  actor    the event is right but one side is wrong (wrong actor, wrong country, reversed roles)
  wrong    no such event in the sentence, or a different kind of event
"""

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile

SAMPLE_SIZE = 100
SEED = "herodotus-audit-14"  # the issue that introduced the audit; changing it draws a new sample
FIELDS = ["story", "sentence", "cameo", "source", "target", "verb", "verdict", "note"]
KEY = FIELDS[:6]
VERDICTS = ("correct", "actor", "wrong")


def page_inputs(shared, scratch):
    """The pages to code: the two sets' input folders, and each readability test's source.html
    linked under its test's name so that every page has an id of its own."""
    boilerplate = os.path.join(os.path.abspath(shared), "boilerplate")
    inputs = [os.path.join(boilerplate, "l3s-gn1", "input"),
              os.path.join(boilerplate, "cleanportaleval", "input")]
    readability = os.path.join(scratch, "readability")
    os.makedirs(readability)
    tests = os.path.join(boilerplate, "readability")
    for name in sorted(os.listdir(tests)):
        source = os.path.join(tests, name, "source.html")
        if os.path.isfile(source):
            os.symlink(source, os.path.join(readability, name + ".html"))
    inputs.append(readability)
    return inputs


def run_jsonl(command):
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def code_pages(binary, shared):
    with tempfile.TemporaryDirectory() as scratch:
        inputs = page_inputs(shared, scratch)
        records = run_jsonl([binary, "code", "--format", "jsonl", "--input-format", "html"] + inputs)
    return [r for r in records if r["type"] == "event"]


def sentences_of(binary, shared):
    with tempfile.TemporaryDirectory() as scratch:
        inputs = page_inputs(shared, scratch)
        records = run_jsonl([binary, "segment", "--format", "jsonl", "--view", "sentences",
                             "--input-format", "html"] + inputs)
    return {(r["story_id"], str(r["sentence_id"])): r["text"] for r in records if "text" in r}


def row_of(event):
    verb = event.get("verb") or {}
    return {"story": event["story_id"], "sentence": str(event["sentence_id"]),
            "cameo": event["cameo"], "source": event["source"]["code"],
            "target": event["target"]["code"], "verb": verb.get("text") or "",
            "verdict": "", "note": ""}


def key_of(row):
    return tuple(row[field] for field in KEY)


def read_audit(path):
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file, delimiter="\t"))
    for number, row in enumerate(rows, start=2):
        if row["verdict"] not in VERDICTS + ("",):
            sys.exit(f"{path}:{number}: verdict '{row['verdict']}' is not one of {VERDICTS}")
    return rows


def write_audit(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def rank(row):
    """Each event's place in the draw: a hash of its key and the seed. The sample is the events
    of lowest rank (a bottom-k sample, as random as any), so that after a change to the coder the
    events still coded keep their place and their verdicts, and only new ones need a reader."""
    text = "\t".join((SEED,) + key_of(row))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draw(args):
    events = code_pages(args.binary, args.shared)
    rows = {key_of(row): row for row in map(row_of, events)}  # one row per distinct event
    sample = sorted(rows.values(), key=rank)[:SAMPLE_SIZE]
    sample.sort(key=lambda row: (row["story"], int(row["sentence"])))
    judged = {}
    for previous in args.previous:
        for row in read_audit(previous):
            if row["verdict"]:
                judged[key_of(row)] = (row["verdict"], row["note"])
    for row in sample:
        row["verdict"], row["note"] = judged.get(key_of(row), ("", ""))
    write_audit(args.audit, sample)
    pages = len({e["story_id"] for e in events})
    open_rows = sum(1 for row in sample if not row["verdict"])
    print(f"{len(events)} events from {pages} pages; {len(sample)} drawn into {args.audit}; "
          f"{len(sample) - open_rows} carry an earlier verdict, {open_rows} to judge")


def show(args):
    sentences = sentences_of(args.binary, args.shared)
    actor_words = {key_of(row_of(event)): (event["source"]["text"], event["target"]["text"])
                   for event in code_pages(args.binary, args.shared)}
    for number, row in enumerate(read_audit(args.audit), start=2):
        if row["verdict"] and not args.all:
            continue
        text = sentences.get((row["story"], row["sentence"]), "(sentence not found)")
        source, target = actor_words.get(key_of(row), ("(no longer coded)", ""))
        print(f"line {number}: {row['story']} #{row['sentence']}  {row['source']} '{source}' -> "
              f"{row['target']} '{target}'  {row['cameo']}  verb '{row['verb']}'  "
              f"[{row['verdict']}]")
        print(f"    {text}\n")


def score(args):
    rows = read_audit(args.audit)
    judged = [row for row in rows if row["verdict"]]
    if len(judged) < len(rows):
        sys.exit(f"{args.audit}: {len(rows) - len(judged)} events still without a verdict")

    def tally(label, subset):
        counts = {verdict: sum(1 for row in subset if row["verdict"] == verdict)
                  for verdict in VERDICTS}
        total = max(len(subset), 1)
        print(f"{label}: {len(subset)} events; correct {counts['correct']} "
              f"({counts['correct'] / total:.0%}), one actor wrong {counts['actor']}, "
              f"wrong {counts['wrong']}; event itself right "
              f"{(counts['correct'] + counts['actor']) / total:.0%}")

    tally("all", rows)
    tally("material conflict (roots 14-20)", [row for row in rows if row["cameo"][:2] >= "14"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("draw", "show"):
        command = commands.add_parser(name)
        command.add_argument("binary")
        command.add_argument("shared")
        command.add_argument("audit")
    commands.choices["draw"].add_argument("--previous", nargs="*", default=[])
    commands.choices["show"].add_argument("--all", action="store_true")
    commands.add_parser("score").add_argument("audit")
    args = parser.parse_args()
    {"draw": draw, "show": show, "score": score}[args.command](args)


if __name__ == "__main__":
    main()
