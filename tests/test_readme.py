"""The README stays true: the paths it names exist, the rules it names are as it says."""

from __future__ import annotations

import re

import yaml

from bot.settings import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: A path in backquotes under one of the project's folders (« `bot/faq/router.py` »).
PATH = re.compile(r"`((?:bot|actions|data|docs|tests|scripts|web|\.ci)/[\w./*-]*)`")


def test_every_path_the_readme_names_exists() -> None:
    missing = []
    for path in sorted(set(PATH.findall(README))):
        if "NN" in path:  # a pattern for editors (« data/faq/NN-section.yml »)
            continue
        if "*" in path:
            if not list(ROOT.glob(path)):
                missing.append(path)
        elif not (ROOT / path.rstrip("/")).exists():
            missing.append(path)
    assert not missing, f"README.md names paths that do not exist: {missing}"


def test_rules_the_readme_calls_active_are_active() -> None:
    rules = {rule["id"]: rule for rule in yaml.safe_load((ROOT / "data" / "eligibility" / "rules.yml").read_text(encoding="utf-8"))["eligibility_rules"]}
    named = re.findall(r"`([a-z0-9_]+)`\)", README)
    named = [name for name in named if name in rules]
    assert named, "the README names at least one rule by its identifier"
    if "Toutes sont actives" in README:
        assert all(rule.get("enabled", True) for rule in rules.values())


def test_the_variables_table_is_the_one_settings_gives() -> None:
    from bot.settings import variables_markdown

    block = README.split("<!-- variables: début -->\n", 1)[1].split("<!-- variables: fin -->", 1)[0]
    assert block.strip() == variables_markdown().strip(), (
        "README.md is stale: paste the output of "
        "`.venv/bin/python -c 'from bot.settings import variables_markdown; print(variables_markdown())'` between the markers"
    )
