# Commandes du projet. Les deux principales : `make run` et `make test`.
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa

.PHONY: run cluster loadtest test venv model lint typecheck check eval bench crossval test-dialogues report chat clean help

help:
	@echo "make run    : installe si besoin, entraîne si les données ont changé, démarre l'assistant"
	@echo "make test   : tous les contrôles de la CI (lint, FAQ, tests, validation Rasa, histoires, évaluation)"
	@echo "make bench  : mesures de vitesse et de mémoire (docs/benchmarks.md)"
	@echo "make cluster: forme de production (nginx, 2 Rasa, 2 serveurs d'actions, PostgreSQL, Redis)"
	@echo "make loadtest: charge à 10, 50 et 100 employeurs, make run et make cluster (docs/benchmarks.md)"

venv:
	@scripts/bootstrap.sh

model: venv
	@$(PY) -m bot train

run: model
	@$(PY) -m bot run

# La forme de production sur une machine : nginx (port 8000), 2 serveurs Rasa,
# 2 serveurs d'actions, PostgreSQL et Redis (installés au besoin).
cluster: model
	@bash scripts/install-services.sh
	@$(PY) -m bot cluster

# Charge (locust) contre la forme de `make run` puis contre celle de `make cluster`,
# à 10, 50 et 100 employeurs ; résultats dans docs/benchmarks.md.
loadtest: model
	@bash scripts/install-services.sh
	$(PY) -m bot.quality.loadtest

lint: venv
	$(VENV)/bin/ruff check .

typecheck: venv
	$(VENV)/bin/mypy

check: venv
	$(PY) -m bot faq check

test: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m bot faq check
	$(PY) -m bot train
	$(VENV)/bin/pytest

eval: model
	$(PY) -m bot eval --peers

crossval: venv
	$(PY) -m bot crossval

bench: model
	$(PY) -m bot bench

test-dialogues: model
	$(PY) -m bot dialogues

report: venv
	$(PY) -m bot report

chat: model
	$(PY) -m bot chat

clean:
	rm -rf models var/*.db .pytest_cache
