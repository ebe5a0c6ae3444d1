#!/usr/bin/env python3
"""How well the word classes find verbs: precision and recall against tests/eval/verb_sample.tsv.

Usage: tests/eval/verbs.py BUILD_DIR/herodotus REPO_ROOT SHARED_DATA [--list]

Each record of the sample is coded as a story of its own with --explain; a word the coder classes
as a verb (a dictionary verb, VERB, or another verb, verb?) is a predicted verb. Words are matched
to the hand-tagged verbs by form, in order of occurrence, case-insensitively. Prints one line,
"verbs: precision P (x/y), recall R (x/z)", and with --list the words it got wrong.
"""
import json
import pathlib
import subprocess
import sys
import tempfile
from collections import Counter


def read_sample(path):
    sample = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        record, verbs = line.split("\t")
        sample[int(record)] = verbs.lower().split()
    return sample


def read_records(path, wanted):
    texts = {}
    with path.open(encoding="utf-8") as records:
        for number, line in enumerate(records, start=1):
            if number in wanted:
                texts[number] = json.loads(line)["text"]
            if len(texts) == len(wanted):
                break
    return texts


def predicted_verbs(binary, text, folder):
    story = pathlib.Path(folder) / "record.txt"
    story.write_text(text + "\n", encoding="utf-8")
    out = subprocess.run([binary, "code", "--format", "table", "--explain", str(story)],
                         check=True, capture_output=True, text=True).stdout
    verbs = []
    for line in out.splitlines():
        words = line.strip().split(" ")
        if not line.startswith("  | ") or "phrases:" in line or "actors:" in line:
            continue
        for word in words[1:]:
            form, _, word_class = word.rpartition("/")
            if word_class.startswith("VERB") or word_class.startswith("verb?"):
                verbs.append(form.lower())
    return verbs


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, root, shared = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    sample = read_sample(root / "tests/eval/verb_sample.tsv")
    texts = read_records(shared / "events/conflibert_train.jsonl", set(sample))
    right = predicted = gold = 0
    mistakes = []
    with tempfile.TemporaryDirectory() as folder:
        for record, verbs in sorted(sample.items()):
            found = predicted_verbs(binary, texts[record], folder)
            common = Counter(found) & Counter(verbs)
            right += sum(common.values())
            predicted += len(found)
            gold += len(verbs)
            extra = list((Counter(found) - common).elements())
            missed = list((Counter(verbs) - common).elements())
            if extra or missed:
                mistakes.append(f"  {record}: read as verbs {extra}, missed {missed}")
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    print(f"verbs: precision {precision:.3f} ({right}/{predicted}), "
          f"recall {recall:.3f} ({right}/{gold})")
    if "--list" in sys.argv:
        print("\n".join(mistakes))


if __name__ == "__main__":
    main()
