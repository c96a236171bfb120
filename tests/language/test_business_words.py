"""The one table of business words (:data:`bot.language.lexicon.LEGAL_FORMS`, :data:`~bot.language.lexicon.BUSINESS_KINDS`):
each reader of a legal form or of a kind of business that opens a company's name is built from it.

Two checks: every word of the table is recognised by each reader, and a word added to the table (in a fresh interpreter,
before the readers are imported) is recognised by each of them too, with the employer type the table gives it.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from samples import run_fresh

from bot.language.lexicon import BUSINESS_KINDS, LEGAL_FORMS, ORDINARY_LEGAL_FORMS, legal_forms, typed_alternation
from bot.submission import dialogue, mentions, not_a_name
from bot.submission.fields import VALUE
from bot.submission.validators import validate_field
from bot.submission.validators.employer import employer_type_alone, employer_type_of_name, only_an_employer_type, validate_employer_type
from bot.submission.validators.text import _DESCRIPTION, _PERSON_OF_COMPANY, company_named_in

DAY = dt.date(2026, 11, 27)

#: Each reader of a legal form, as (name, check(form, kind) -> bool); ``ordinary`` forms (« sa ») only where read alone or
#: in capitals.
_READERS_OF_A_FORM = '''
def readers():
    import datetime as dt
    from bot.language.lexicon import ORDINARY_LEGAL_FORMS
    from bot.submission import dialogue, mentions, not_a_name
    from bot.submission.fields import VALUE
    from bot.submission.validators import validate_field
    from bot.submission.validators.employer import employer_type_alone, employer_type_of_name, only_an_employer_type, validate_employer_type
    from bot.submission.validators.text import _DESCRIPTION, _PERSON_OF_COMPANY, company_named_in

    day = dt.date(2026, 11, 27)

    def sentence_form(form):
        return form not in ORDINARY_LEGAL_FORMS

    return {
        "employer type (a noun)": lambda f, k: validate_employer_type(f"on est une {f}" if sentence_form(f) else f).value == k,
        "employer type alone at another question": lambda f, k: not sentence_form(f) or employer_type_alone(f"c'est une {f}") == k,
        "employer type of a name": lambda f, k: employer_type_of_name(f"{f.upper()} Dupont") == k,
        "no name in brackets": lambda f, k: only_an_employer_type(f"Entreprise privée ({f.upper()})"),
        "no job title": lambda f, k: validate_field("job_title", f, day).kind != VALUE,
        "no post": lambda f, k: not sentence_form(f) or validate_field("positions", f"une {f}", day).kind != VALUE,
        "the company named at the recap": lambda f, k: not sentence_form(f)
        or mentions.recap_field_of(f"la {f} c'est Dupont Freres", f"la {f} c est dupont freres") == "company_name",
        "no person": lambda f, k: mentions._LOOKS_LIKE_A_PERSON.match(f"{f.upper()} Dupont") is None,
        "the company named in the project": lambda f, k: company_named_in(f"je suis gérant de la {f.upper()} Métallerie Angevine")
        == f"{f.upper()} Métallerie Angevine",
        "a business named": lambda f, k: not_a_name._BUSINESS.search(f) is not None,
        "another employer": lambda f, k: not sentence_form(f) or dialogue._ANOTHER_EMPLOYER.search(f"c est aussi une {f}") is not None,
        "a description, no name": lambda f, k: not sentence_form(f) or _DESCRIPTION.match(f"on est une {f}") is not None,
        "no writer": lambda f, k: _PERSON_OF_COMPANY.match(f"je suis {f.upper()} Dupont de Nantes Express") is None,
    }


def kind_readers():
    from bot.submission import mentions
    from bot.submission.validators.text import _PERSON_OF_COMPANY, company_named_in

    return {
        "the company named in the project": lambda w: company_named_in(f"je suis gérant de {w.capitalize()} Dupont Frères")
        == f"{w.capitalize()} Dupont Frères",
        "no person": lambda w: mentions._LOOKS_LIKE_A_PERSON.match(f"{w.capitalize()} Dupont") is None,
        "no writer": lambda w: _PERSON_OF_COMPANY.match(f"je suis {w.capitalize()} Dupont de Nantes Express") is None,
    }
'''
_NAMESPACE: dict = {}
exec(_READERS_OF_A_FORM, _NAMESPACE)  # the same checks run here and in the fresh interpreter below


@pytest.mark.parametrize("form", sorted(LEGAL_FORMS))
def test_each_reader_knows_each_legal_form(form: str) -> None:
    failed = [name for name, check in _NAMESPACE["readers"]().items() if not check(form, LEGAL_FORMS[form])]
    assert not failed, f"{form}: {failed}"


# (« Entreprise » and « Société » before a name are taken off it; « Ets » counts in capitals only: checked apart.)
@pytest.mark.parametrize("word", sorted(set(BUSINESS_KINDS) - {"entreprise", "societe", "ets"}))
def test_each_reader_knows_each_business_kind(word: str) -> None:
    failed = [name for name, check in _NAMESPACE["kind_readers"]().items() if not check(word)]
    assert not failed, f"{word}: {failed}"


def test_the_table_s_helpers() -> None:
    assert legal_forms()[0] in ("sasu", "scic", "scea", "sarl", "eurl", "earl", "gaec", "scop", "eirl")  # longest first
    assert not set(legal_forms(ordinary=False)) & ORDINARY_LEGAL_FORMS
    assert set(LEGAL_FORMS.values()) <= {"prive", "public", "association"}
    import re

    assert re.fullmatch(typed_alternation(("societe",)), "Société", re.IGNORECASE)
    assert re.fullmatch(typed_alternation(("transport",), plural=True), "transports")
    assert re.fullmatch(typed_alternation(("sarl",), upper=True), "SARL") and not re.fullmatch(typed_alternation(("sarl",), upper=True), "sarl")


def test_a_word_added_to_the_table_is_known_to_each_reader() -> None:
    """A legal form and a kind of business added to the table (in a fresh interpreter, before the readers are built) are read
    by every reader, the form with the employer type the table gives it."""
    script = _READERS_OF_A_FORM + textwrap.dedent(
        """
        import bot.language.lexicon as lexicon

        lexicon.LEGAL_FORMS["zorq"] = "association"
        lexicon.BUSINESS_KINDS = (*lexicon.BUSINESS_KINDS, "vitrerie")
        failed = [name for name, check in readers().items() if not check("zorq", "association")]
        failed += ["kind: " + name for name, check in kind_readers().items() if not check("vitrerie")]
        print("FAILED", failed) if failed else print("OK")
        """
    )
    done = run_fresh(script)
    assert done.stdout.strip().splitlines()[-1:] == ["OK"], done.stdout + done.stderr


def test_the_readers_in_this_interpreter_are_the_table_s() -> None:
    """The module-level names used above are the readers' own (no copy of the words left in a reader)."""
    assert validate_employer_type("on est une sarl").value == "prive"
    assert employer_type_alone("c'est une sci") == "prive" and employer_type_of_name("SCI Dupont") == "prive"
    assert only_an_employer_type("Entreprise privée (EARL)") and company_named_in("gérant de la SCOP Les Ateliers Réunis")
    assert validate_field("positions", "une scea", DAY).kind != VALUE
    assert not_a_name._BUSINESS.search("la scic") and dialogue._ANOTHER_EMPLOYER.search("c est aussi une eurl")
    assert mentions._LOOKS_LIKE_A_PERSON.match("Plomberie Dupont") is None and _DESCRIPTION.match("une earl")
    assert _PERSON_OF_COMPANY.match("je suis Carrosserie Martin de Nantes Auto") is None


@pytest.mark.parametrize("text", [
    # where the job is, not the employer (review of the table's merge: « Commune de Cholet », « Mairie de Cholet » were the company)
    "un poste sur la Commune de Cholet pour notre entreprise",
    "le poste est a la Mairie de Cholet mais on est une SAS",
])
def test_a_business_word_after_where_the_job_is_is_no_company(text: str) -> None:
    assert company_named_in(text) is None


def test_a_business_word_after_a_hiring_for_it_is_the_company() -> None:
    assert company_named_in("on recrute pour la Mairie de Cholet") == "Mairie de Cholet"
