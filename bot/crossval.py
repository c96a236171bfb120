"""NLU cross-validation: ``python -m bot crossval`` (behind ``make crossval``).

Splits the training examples (FAQ entries and the other intents) into folds,
trains an NLU model per fold on the rest and parses the left-out examples. It
reports, for FAQ editors, which entries the model confuses, and, for whoever
tunes ``config.yml``, how the fallback thresholds trade answers for questions
asked back. The held-out evaluation set is never used here.
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from bot.faq import Faq, load_faq
from bot.faq_lexical import fuse, lexical_ranking
from bot.faq_router import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, faq_ranking
from bot.paths import CONFIG_FILE, NLU_DIR, ROOT
from bot.rasa_importer import RETRIEVAL_INTENT

REPORT_DIR = ROOT / "reports"
FOLD_FAQ_KEY = "_fold_faq"


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # "faq/<id>" or an intent name

    @property
    def intent(self) -> str:
        return self.label.split("/")[0]


def collect_examples(faq: Faq) -> list[Example]:
    examples = [Example(t, f"{RETRIEVAL_INTENT}/{e.id}") for e in faq for t in e.examples]
    for path in sorted(NLU_DIR.glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in item:
                for line in str(item["examples"]).splitlines():
                    line = line.strip()
                    if line.startswith("- "):
                        examples.append(Example(line[2:].strip(), item["intent"]))
    return examples


def split_folds(examples: list[Example], folds: int, seed: int = 7) -> list[list[Example]]:
    """Stratified split: every label is spread evenly over the folds."""
    by_label: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        by_label[example.label].append(example)
    rng = random.Random(seed)
    buckets: list[list[Example]] = [[] for _ in range(folds)]
    offset = 0
    for label in sorted(by_label):
        items = by_label[label][:]
        rng.shuffle(items)
        for index, item in enumerate(items):
            buckets[(index + offset) % folds].append(item)
        offset += len(items)
    return buckets


def _write_fold_project(directory: Path, faq: Faq, train: list[Example]) -> Path:
    train_by_label: dict[str, list[str]] = defaultdict(list)
    for example in train:
        train_by_label[example.label].append(example.text)
    faq_dir = directory / "faq"
    faq_dir.mkdir(parents=True)
    entries = [
        {"id": e.id, "section": e.section, "question": e.question, "answer": e.answer, "examples": train_by_label[f"{RETRIEVAL_INTENT}/{e.id}"]}
        for e in faq
    ]
    (faq_dir / "faq.yml").write_text(yaml.safe_dump({"faq": entries}, allow_unicode=True), encoding="utf-8")
    nlu_dir = directory / "nlu"
    nlu_dir.mkdir()
    other = [{"intent": label, "examples": "".join(f"- {t}\n" for t in texts)} for label, texts in sorted(train_by_label.items()) if "/" not in label]
    (nlu_dir / "nlu.yml").write_text(yaml.safe_dump({"version": "3.1", "nlu": other}, allow_unicode=True), encoding="utf-8")
    config = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    config["importers"] = [{"name": "bot.rasa_importer.FaqImporter", "faq_directory": str(faq_dir)}]
    config_path = directory / "config.yml"
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return config_path


async def _parse(model: Path, texts: list[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    from bot.rasa_quiet import quiet_rasa

    quiet_rasa()
    agent = Agent.load(str(model))
    return [await agent.parse_message(t) for t in texts]


def fold_faq(faq: Faq, train: list[Example]) -> Faq:
    """The FAQ as a fold's model knows it: only the fold's training examples."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for example in train:
        by_label[example.label].append(example.text)
    return Faq(tuple(replace(e, examples=tuple(by_label[f"{RETRIEVAL_INTENT}/{e.id}"])) for e in faq))


def run_folds(folds: int, log: Path) -> tuple[list[Example], list[dict[str, Any]]]:
    faq = load_faq()
    buckets = split_folds(collect_examples(faq), folds)
    tested: list[Example] = []
    parses: list[dict[str, Any]] = []
    log.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="crossval-") as tmp, log.open("w") as log_file:
        for index, test in enumerate(buckets):
            train = [e for i, b in enumerate(buckets) if i != index for e in b]
            fold_dir = Path(tmp) / f"fold{index}"
            config_path = _write_fold_project(fold_dir, faq, train)
            print(f"Pli {index + 1}/{folds} : entraînement sur {len(train)} exemples, test sur {len(test)}…", flush=True)
            subprocess.run(
                [sys.executable, "-m", "rasa", "train", "nlu", "--config", str(config_path), "--nlu", str(fold_dir / "nlu"),
                 "--out", str(fold_dir / "models"), "--fixed-model-name", "fold"],
                cwd=ROOT, check=True, stdout=log_file, stderr=subprocess.STDOUT,
            )
            fold_parses = asyncio.run(_parse(fold_dir / "models" / "fold.tar.gz", [e.text for e in test]))
            known = fold_faq(faq, train)
            for parse in fold_parses:
                parse[FOLD_FAQ_KEY] = known
            parses += fold_parses
            tested += test
            shutil.rmtree(fold_dir / "models", ignore_errors=True)
    return tested, parses


def _real_intents(parse: dict[str, Any]) -> list[tuple[str, float]]:
    return [(i["name"], float(i["confidence"])) for i in parse.get("intent_ranking") or [] if i.get("name") != FALLBACK_INTENT]


def simulate(
    parse: dict[str, Any], intent_threshold: float, ambiguity: float, rs_threshold: float, lexical: bool = True
) -> tuple[str, list[str]]:
    """What the assistant would do with other thresholds: (kind, FAQ ids shown)."""
    intents = _real_intents(parse)
    ranking = faq_ranking(parse)
    top_ids = [i for i, _ in ranking[:3]]
    if lexical and parse.get(FOLD_FAQ_KEY) is not None:
        top_ids = fuse([i for i, _ in ranking[:10]], lexical_ranking(parse.get("text") or "", parse[FOLD_FAQ_KEY]), count=3)
    best, confidence = intents[0] if intents else (None, 0.0)
    second = intents[1][1] if len(intents) > 1 else 0.0
    unsure = confidence < intent_threshold or confidence - second < ambiguity
    if best == RETRIEVAL_INTENT and not unsure:
        if ranking and ranking[0][1] >= rs_threshold:
            return "answer", [ranking[0][0]]
        return "suggest", top_ids
    if unsure:
        return ("out_of_scope", []) if best == OUT_OF_SCOPE_INTENT else ("suggest", top_ids)
    return ("out_of_scope" if best == OUT_OF_SCOPE_INTENT else "other"), []


def threshold_table(
    tested: list[Example], parses: list[dict[str, Any]], grid: list[tuple[float, float, float]], lexical: bool = True
) -> list[dict[str, float]]:
    rows = []
    for intent_threshold, ambiguity, rs_threshold in grid:
        top1 = top3 = faq_total = oos_total = oos_rejected = 0
        for example, parse in zip(tested, parses, strict=True):
            kind, shown = simulate(parse, intent_threshold, ambiguity, rs_threshold, lexical)
            if example.intent == RETRIEVAL_INTENT:
                faq_total += 1
                expected = example.label.split("/", 1)[1]
                top1 += kind == "answer" and shown == [expected]
                top3 += expected in shown
            elif example.intent == OUT_OF_SCOPE_INTENT:
                oos_total += 1
                oos_rejected += kind != "answer"
        rows.append({
            "intent_threshold": intent_threshold, "ambiguity": ambiguity, "rs_threshold": rs_threshold,
            "top1": top1 / faq_total, "top3": top3 / faq_total, "oos_rejection": oos_rejected / max(oos_total, 1),
            "lexical": lexical,
        })
    return rows


def confusions(tested: list[Example], parses: list[dict[str, Any]]) -> tuple[Counter, dict[str, tuple[int, int]], list[dict[str, str]]]:
    """Confused FAQ pairs (by the response selector), per-entry accuracy and the misclassified examples."""
    pairs: Counter = Counter()
    per_entry: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    for example, parse in zip(tested, parses, strict=True):
        if example.intent != RETRIEVAL_INTENT:
            continue
        expected = example.label.split("/", 1)[1]
        ranking = faq_ranking(parse)
        got = ranking[0][0] if ranking else "?"
        per_entry[expected][1] += 1
        if got == expected:
            per_entry[expected][0] += 1
        else:
            pairs[(expected, got)] += 1
            errors.append({"text": example.text, "expected": expected, "got": got})
    return pairs, {k: (v[0], v[1]) for k, v in per_entry.items()}, errors


def write_report(tested: list[Example], parses: list[dict[str, Any]], folds: int, current: tuple[float, float, float]) -> Path:
    grid = sorted({current} | {(it, amb, rs) for it in (0.3, 0.4, 0.5, 0.55) for amb in (0.05, 0.1) for rs in (0.2, 0.3, 0.4, 0.5, 0.6)})
    table = threshold_table(tested, parses, grid)
    plain = {(r["intent_threshold"], r["ambiguity"], r["rs_threshold"]): r for r in threshold_table(tested, parses, [current], lexical=False)}
    pairs, per_entry, errors = confusions(tested, parses)
    REPORT_DIR.mkdir(exist_ok=True)
    lines = [
        f"# Validation croisée NLU ({folds} plis)",
        "",
        f"Exemples testés : {len(tested)}. Seuils actuels (config.yml) : intention {current[0]}, ambiguïté {current[1]}, ResponseSelector {current[2]}.",
        "",
        "## Entrées de FAQ les plus confondues (attendu → prédit par le ResponseSelector)",
        "",
    ]
    lines += [f"- {n} × `{e}` → `{g}`" for (e, g), n in pairs.most_common(20)] or ["- aucune"]
    lines += ["", "## Exactitude par entrée (ResponseSelector seul)", "", "| entrée | justes / testés |", "|---|---|"]
    lines += [f"| `{k}` | {ok} / {n} |" for k, (ok, n) in sorted(per_entry.items(), key=lambda kv: kv[1][0] / kv[1][1])]
    lines += ["", "## Seuils : réponses directes, suggestions et rejet du hors-sujet", "",
              "| seuil intention | ambiguïté | seuil ResponseSelector | top-1 | top-3 | rejet hors sujet |", "|---|---|---|---|---|---|"]
    for row in table:
        mark = " **(actuel)**" if (row["intent_threshold"], row["ambiguity"], row["rs_threshold"]) == current else ""
        lines.append(f"| {row['intent_threshold']} | {row['ambiguity']} | {row['rs_threshold']}{mark} | {row['top1']:.1%} | {row['top3']:.1%} | {row['oos_rejection']:.1%} |")
    base = plain[current]
    lines += ["", f"Aux seuils actuels, sans le classement lexical des suggestions (ResponseSelector seul) : "
              f"top-1 {base['top1']:.1%}, top-3 {base['top3']:.1%}, rejet hors sujet {base['oos_rejection']:.1%}."]
    lines += ["", "## Exemples mal classés", ""]
    lines += [f"- « {e['text']} » : attendu `{e['expected']}`, prédit `{e['got']}`" for e in errors]
    report = REPORT_DIR / "crossval.md"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (REPORT_DIR / "crossval.json").write_text(
        json.dumps({"thresholds": table, "without_lexical": list(plain.values()), "confusions": [{"expected": e, "got": g, "count": n} for (e, g), n in pairs.most_common()], "errors": errors},
                   ensure_ascii=False, indent=2), encoding="utf-8")
    return report


def current_thresholds() -> tuple[float, float, float]:
    config = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    by_name = {c["name"]: c for c in config["pipeline"]}
    fallback = by_name.get("FallbackClassifier", {})
    selector = by_name.get("bot.response_selector_fallback.ResponseSelectorFallback", {})
    return (float(fallback.get("threshold", 0.3)), float(fallback.get("ambiguity_threshold", 0.1)), float(selector.get("threshold", 0.0)))


def crossvalidate(folds: int = 3) -> Path:
    tested, parses = run_folds(folds, REPORT_DIR / "crossval-training.log")
    return write_report(tested, parses, folds, current_thresholds())
