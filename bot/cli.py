"""Command line of the assistant: ``python -m bot <commande>`` (messages in French)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from bot.settings import HELDOUT_FILES


def _faq_check(args: argparse.Namespace) -> int:
    from bot.faq.check import check_faq, format_report

    report = check_faq(Path(args.directory))
    print(format_report(report))
    return 0 if report.ok else 1


def _faq_ids(_: argparse.Namespace) -> int:
    from bot.faq.check import IDS_DOCUMENT, ids_table
    from bot.faq.entries import load_faq

    IDS_DOCUMENT.write_text(ids_table(list(load_faq())), encoding="utf-8")
    print(f"{IDS_DOCUMENT.relative_to(IDS_DOCUMENT.parent.parent)} mis à jour.")
    return 0


def _train(args: argparse.Namespace) -> int:
    from bot.faq.entries import FaqError, load_faq
    from bot.quality.training import ensure_model

    try:
        load_faq()
    except FaqError as error:
        print(f"La FAQ contient des erreurs, entraînement annulé :\n{error}", file=sys.stderr)
        return 1
    try:
        ensure_model(force=args.force)
    except subprocess.CalledProcessError:
        print("L'entraînement a échoué : voir les messages de Rasa ci-dessus.", file=sys.stderr)
        return 1
    return 0


def _run(_: argparse.Namespace) -> int:
    from bot.serving.runner import run_foreground

    return run_foreground()


def _eval(args: argparse.Namespace) -> int:
    from bot.quality.evaluation import behind_peers, below_floors, evaluate, format_misses, format_table, write_json

    floors = {"top1": args.min_top1, "top3": args.min_top3, "oos_rejection": args.min_oos, "junk_rejection": args.min_junk}
    floors = {k: v for k, v in floors.items() if v is not None}
    paths = [Path(p) for p in args.heldout] if args.heldout else list(HELDOUT_FILES)
    reports = evaluate(Path(args.model) if args.model else None, paths, peers=args.peers)
    problems = []
    for path, path_reports in reports.items():
        print(format_table(path, path_reports))
        if args.verbose:
            print(format_misses(path_reports[0]))
        problems += below_floors(path_reports[0], floors)
        if args.peers and args.require_ahead:
            problems += [f"{path.name} : {p}" for p in behind_peers(path_reports)]
        print()
    print("\n".join(problems))
    if args.json:
        write_json(reports, Path(args.json))
    return 1 if problems else 0


def _crossval_gain(revision: str) -> int:
    from collections import Counter

    from bot.faq.entries import load_faq
    from bot.quality.crossval import added_examples, collect_examples, data_gain, examples_at, gain_table, gain_verdict

    base = examples_at(revision)
    added = added_examples(base, collect_examples(load_faq()))
    if not added:
        print(f"Aucun exemple ajouté depuis {revision}.")
        return 0
    per_label = Counter(e.label for e in added)
    print(f"{len(added)} exemples ajoutés depuis {revision} ({len(per_label)} étiquettes), {len(base)} exemples avant.")
    rows = data_gain(base, added)
    print(gain_table(rows))
    print(gain_verdict(rows)[1])
    return 0


def _crossval_rules() -> int:
    from bot.faq.entries import load_faq
    from bot.quality.crossval import collect_examples, compare_rules, rules_table

    print(rules_table(compare_rules(collect_examples(load_faq()))))
    return 0


def _crossval(args: argparse.Namespace) -> int:
    if args.added_since:
        return _crossval_gain(args.added_since)
    if args.compare_rules:
        return _crossval_rules()
    if args.config_out:
        return _crossval_config_out(args)
    from bot.quality.crossval import ASSISTANT_CANDIDATE, CANDIDATES, run, write_config, write_report

    results = run(args.candidate or list(CANDIDATES), folds=args.folds)
    assistant = next((r for r in results if r.name == ASSISTANT_CANDIDATE), None)
    if assistant is not None and args.folds == 5:
        write_config(assistant)
        print("config.yml : seuils et calibration de l'assistant mis à jour (réentraîner avec `make run` ou `python -m bot train`).")
    report = write_report(results, args.folds)
    print(report.read_text(encoding="utf-8").split("## Courbe")[0])
    print(f"Rapport complet : {report}")
    return 0


def _crossval_config_out(args: argparse.Namespace) -> int:
    """``crossval --config-out PATH``: a copy of config.yml with the assistant's chosen thresholds and
    calibration, config.yml and reports/ untouched (the console's « Réentraîner » trains on it)."""
    import shutil

    from bot.quality.crossval import ASSISTANT_CANDIDATE, run, write_config
    from bot.settings import CONFIG_FILE

    if args.candidate and ASSISTANT_CANDIDATE not in args.candidate:
        print(f"--config-out écrit les seuils de l'assistant : ajoutez --candidate {ASSISTANT_CANDIDATE} (ou aucun --candidate).", file=sys.stderr)
        return 2
    assistant = next(r for r in run([ASSISTANT_CANDIDATE], folds=args.folds) if r.name == ASSISTANT_CANDIDATE)
    output = Path(args.config_out)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(CONFIG_FILE, output)
    write_config(assistant, output)
    print(f"Seuils choisis ({args.folds} plis) : réponse directe {assistant.chosen.answer}, suggestions {assistant.chosen.suggest} ; "
          f"écrits dans {output} (config.yml inchangé).")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from bot.quality.bench import render, run_bench

    results = run_bench(with_training=not args.no_training, turns=args.turns)
    print(render(results))
    print("docs/benchmarks.md mis à jour.")
    return 0


def _submissions_list(args: argparse.Namespace) -> int:
    from bot.submission.commands import cli_list

    return cli_list(args)


def _submissions_export(args: argparse.Namespace) -> int:
    from bot.submission.commands import cli_export

    return cli_export(args)


def _submissions_schema(args: argparse.Namespace) -> int:
    from bot.submission.commands import cli_schema

    return cli_schema(args)


def _rules_check(_: argparse.Namespace) -> int:
    from bot.eligibility.rules import RulesError, load_rules
    from bot.faq.entries import FaqError, load_faq

    try:
        rules = load_rules(known_faq_ids=set(load_faq().ids))
    except (RulesError, FaqError) as error:
        print(error, file=sys.stderr)
        return 1
    enabled = sum(r.enabled for r in rules)
    print(f"Règles valides : {len(rules)} règles, dont {enabled} actives.")
    return 0


def _report(args: argparse.Namespace) -> int:
    from bot.staff.report import cli_report

    return cli_report(args)


def _dialogues(args: argparse.Namespace) -> int:
    from bot.staff.dialogue_report import cli_dialogues

    return cli_dialogues(args)


def _chat(args: argparse.Namespace) -> int:
    from bot.staff.chat import cli_chat

    return cli_chat(args)


def _purge(args: argparse.Namespace) -> int:
    from bot.staff.purge import cli_purge

    return cli_purge(args)


def _staff_add_user(args: argparse.Namespace) -> int:
    from bot.console.commands import cli_add_user

    return cli_add_user(args.name, args.role)


def build_parser() -> argparse.ArgumentParser:
    from bot.settings import FAQ_DIR

    parser = argparse.ArgumentParser(prog="python -m bot", description="Assistant « 1 emploi = 1 formation » : outils en ligne de commande.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="commande")

    faq = commands.add_parser("faq", help="outils des rédacteurs de la FAQ")
    faq_commands = faq.add_subparsers(dest="faq_command", required=True, metavar="action")
    check = faq_commands.add_parser("check", help="vérifie les fichiers data/faq/*.yml")
    check.add_argument("--directory", default=str(FAQ_DIR), help="dossier des fichiers de FAQ")
    check.set_defaults(func=_faq_check)
    ids = faq_commands.add_parser("ids", help="réécrit docs/faq-ids.md (table des identifiants) à partir de data/faq")
    ids.set_defaults(func=_faq_ids)

    train = commands.add_parser("train", help="entraîne le modèle si les données ont changé")
    train.add_argument("--force", action="store_true", help="entraîne même si rien n'a changé")
    train.set_defaults(func=_train)

    run = commands.add_parser("run", help="démarre le serveur d'actions et le serveur Rasa")
    run.set_defaults(func=_run)
    commands.add_parser("cluster", help="démarre la forme de production : nginx, 2 serveurs Rasa, 2 serveurs d'actions, PostgreSQL, Redis").set_defaults(func=lambda _: __import__("bot.serving.cluster", fromlist=["run_foreground"]).run_foreground())

    evaluation = commands.add_parser("eval", help="évalue le routage des questions sur les jeux tenus à l'écart")
    evaluation.add_argument("--model", help="modèle à évaluer (par défaut models/current.tar.gz)")
    evaluation.add_argument("--heldout", action="append", help="fichier de questions tenues à l'écart (répétable ; par défaut les deux de tests/data)")
    evaluation.add_argument("--peers", action="store_true", help="évalue aussi, dans la même exécution, les deux modèles simples de référence")
    evaluation.add_argument("--require-ahead", action="store_true", help="avec --peers : échoue si un pair fait aussi bien en top-1 ou top-3")
    evaluation.add_argument("--verbose", action="store_true", help="affiche chaque échec de l'assistant")
    evaluation.add_argument("--json", help="écrit aussi le rapport en JSON dans ce fichier")
    evaluation.add_argument("--min-top1", type=float, help="échoue si le top-1 est sous ce plancher (0-1)")
    evaluation.add_argument("--min-top3", type=float, help="échoue si le top-3 est sous ce plancher (0-1)")
    evaluation.add_argument("--min-oos", type=float, help="échoue si le rejet hors sujet est sous ce plancher (0-1)")
    evaluation.add_argument("--min-junk", type=float, help="échoue si le rejet des messages sans question est sous ce plancher (0-1)")
    evaluation.set_defaults(func=_eval)

    crossval = commands.add_parser("crossval", help="validation croisée : l'assistant contre les modèles simples, choix des seuils")
    crossval.add_argument("--folds", type=int, default=5, help="nombre de plis (5 par défaut)")
    crossval.add_argument("--candidate", action="append", help="limiter à ce candidat (répétable)")
    crossval.add_argument(
        "--compare-rules", action="store_true",
        help="compare, sur les seuls exemples d'entraînement (validation croisée imbriquée, trois tirages), la règle de "
             "choix des seuils en usage et la règle « à un écart-type » ; rien n'est écrit",
    )
    crossval.add_argument(
        "--config-out", dest="config_out", metavar="FICHIER",
        help="écrit une copie de config.yml avec les seuils et la calibration choisis pour l'assistant dans ce fichier "
             "(seul l'assistant est évalué ; config.yml et reports/ restent inchangés)",
    )
    crossval.add_argument(
        "--added-since", dest="added_since", metavar="RÉVISION",
        help="mesure l'apport des exemples ajoutés depuis cette révision git : mêmes plis des exemples d'alors, "
             "l'assistant entraîné sans puis avec les nouveaux exemples (jamais évalués), pour trois tirages des plis",
    )
    crossval.set_defaults(func=_crossval)

    submissions = commands.add_parser("submissions", help="intentions d'embauche reçues")
    submission_commands = submissions.add_subparsers(dest="submissions_command", required=True, metavar="action")
    listing = submission_commands.add_parser("list", help="liste les demandes")
    listing.add_argument("--db-url", dest="db_url", help="base de données (par défaut BOT_DB_URL ou var/submissions.db)")
    listing.set_defaults(func=_submissions_list)
    export = submission_commands.add_parser("export", help="exporte les demandes en JSON ou CSV")
    export.add_argument("--format", choices=["json", "csv"], default="json", help="format de l'export")
    export.add_argument("--output", help="fichier de sortie (par défaut la sortie standard)")
    export.add_argument("--db-url", dest="db_url", help="base de données (par défaut BOT_DB_URL ou var/submissions.db)")
    export.set_defaults(func=_submissions_export)
    schema = submission_commands.add_parser("schema", help="écrit docs/hiring-intent.schema.json depuis la table des champs")
    schema.set_defaults(func=_submissions_schema)

    rules = commands.add_parser("rules", help="règles d'éligibilité (data/eligibility/rules.yml)")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="action")
    rules_check = rules_commands.add_parser("check", help="vérifie le fichier de règles")
    rules_check.set_defaults(func=_rules_check)

    report = commands.add_parser("report", help="rapport HTML d'usage pour les rédacteurs et les services de la Région")
    report.add_argument("--output", help="fichier HTML (par défaut reports/rapport.html)")
    report.add_argument("--tracker-url", dest="tracker_url", help="stockage des conversations (par défaut BOT_TRACKER_URL ou var/tracker.db)")
    report.add_argument("--db-url", dest="db_url", help="base des demandes (par défaut BOT_DB_URL ou var/submissions.db)")
    report.add_argument("--days", type=int, help="limiter aux N derniers jours")
    report.set_defaults(func=_report)

    dialogues = commands.add_parser("dialogues", help="rejoue les dialogues de test et écrit un rapport lisible")
    dialogues.add_argument("--stories", help="dossier des dialogues (par défaut tests/dialogues)")
    dialogues.add_argument("--model", help="modèle (par défaut models/current.tar.gz)")
    dialogues.add_argument("--output", help="rapport Markdown (par défaut reports/dialogues.md)")
    dialogues.add_argument(
        "--sans-texte-libre", dest="free_text", action="store_false",
        help="ne pas rejouer sur REST les conversations en texte libre (tests/dialogues/free_text.yml)",
    )
    dialogues.set_defaults(func=_dialogues)

    chat = commands.add_parser("chat", help="conversation avec l'assistant dans le terminal")
    chat.add_argument("--url", help="serveur Rasa déjà démarré (par exemple http://localhost:5005) ; sinon il est démarré")
    chat.set_defaults(func=_chat)

    purge = commands.add_parser("purge", help="supprime les conversations et les demandes plus anciennes que la durée de conservation")
    purge.add_argument("--older-than", dest="older_than", required=True, metavar="DURÉE", help="durée de conservation : « 90j », « 6 semaines », « 12mois », « 2ans »")
    purge.add_argument("--dry-run", dest="dry_run", action="store_true", help="compte sans rien supprimer")
    purge.add_argument("--tracker-url", dest="tracker_url", help="stockage des conversations (par défaut BOT_TRACKER_URL ou var/tracker.db)")
    purge.add_argument("--db-url", dest="db_url", help="base des demandes (par défaut BOT_DB_URL ou var/submissions.db)")
    purge.set_defaults(func=_purge)

    staff = commands.add_parser("staff", help="comptes de la console des services (/console/)")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True, metavar="action")
    add_user = staff_commands.add_parser("add-user", help="crée un compte ; le mot de passe est demandé deux fois (ou lu sur deux lignes de l'entrée standard)")
    add_user.add_argument("name", help="nom du compte")
    add_user.add_argument("--role", required=True, choices=["agent", "editor", "admin"], help="agent (demandes), editor (FAQ), admin (tout, et le journal)")
    add_user.set_defaults(func=_staff_add_user)


    bench = commands.add_parser("bench", help="mesure vitesse et mémoire, met à jour docs/benchmarks.md")
    bench.add_argument("--no-training", action="store_true", help="ne mesure pas l'entraînement complet")
    bench.add_argument("--turns", type=int, default=200, help="nombre de tours FAQ mesurés")
    bench.set_defaults(func=_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)
