"""The one table of the nouns an employer is named by for its kind (:data:`bot.language.lexicon.EMPLOYER_NOUNS`: « entreprise »,
« association », « mairie »…): each reader of such a noun is built from it (cleanup of the copies the review of the session of
blind user tests 37 to 40 found: about eight word lists of the employer's kinds).

Two checks: every noun of the table is read by each reader, and a noun added to the table (in a fresh interpreter, before the
readers are imported) is read by each of them too, with the employer type the table gives it.
"""

from __future__ import annotations

import textwrap

import pytest
from samples import run_fresh

from bot.language.lexicon import EMPLOYER_NOUNS, employer_nouns

#: Each reader of an employer's noun, as (name, check(noun, kind) -> bool); the public bodies' nouns only where read.
_READERS = '''
def readers():
    import datetime as dt
    from bot.dialogue import turns
    from bot.extractors import place
    from bot.faq import replies
    from bot.submission import dialogue, mentions, questions
    from bot.submission.fields import VALUE
    from bot.submission.validators import employer, text, validate_field

    day = dt.date(2026, 11, 27)

    def ours(check):  # a reader of the employer's own nouns, not the public bodies'
        return lambda n, k: k == "public" or check(n, k)

    return {
        "employer type": lambda n, k: not k or employer.validate_employer_type(f"on est une {n}").value == k,
        "no post": lambda n, k: validate_field("positions", f"une {n}", day).kind != VALUE,
        "another employer": lambda n, k: dialogue._ANOTHER_EMPLOYER.search(f"c est une autre {n}") is not None,
        "the type set aside": lambda n, k: questions._NOT_THE_TYPE.search(f"pas une {n}") is not None,
        "helping the candidate": lambda n, k: k != "association" or employer._HELPING_SOMEONE.search(f"il est suivi par une {n}") is not None,
        "asks if for me": ours(lambda n, k: turns._ASKS_IF_FOR_ME.search(f"notre {n} peut en beneficier") is not None),
        "says who": ours(lambda n, k: turns._EMPLOYER_SAYS_WHO.match(f"j ai une {n}") is not None),
        "the pronoun's employer": ours(lambda n, k: place._EMPLOYER_BEFORE.search(f"notre {n}, ") is not None),
        "the employer's premises": ours(lambda n, k: n in place._EMPLOYER_SUBJECTS),
        "a coverage question": ours(lambda n, k: n in replies._COVERAGE_WORDS),
        "the company named at the recap": ours(lambda n, k: mentions._COMPANY_CUE.search(f"la {n} c est dupont") is not None),
        "a company named": ours(lambda n, k: text._NAMED_COMPANY.search(f"la {n} Dupont Frères") is not None),
        "the company said": ours(lambda n, k: text._COMPANY_SAID.search(f"notre {n} s'appelle Dupont Frères") is not None),
    }
'''
_NAMESPACE: dict = {}
exec(_READERS, _NAMESPACE)  # the same checks run here and in the fresh interpreter below


@pytest.mark.parametrize("noun", list(EMPLOYER_NOUNS))
def test_each_reader_knows_each_employer_noun(noun: str) -> None:
    failed = [name for name, check in _NAMESPACE["readers"]().items() if not check(noun, EMPLOYER_NOUNS[noun])]
    assert not failed, f"{noun}: {failed}"


def test_the_table_s_helper() -> None:
    assert employer_nouns() == tuple(EMPLOYER_NOUNS)
    assert "mairie" not in employer_nouns(public=False) and "association" in employer_nouns(public=False)
    assert set(EMPLOYER_NOUNS.values()) <= {"prive", "public", "association", ""}


def test_a_noun_added_to_the_table_is_known_to_each_reader() -> None:
    """A noun added to the table (in a fresh interpreter, before the readers are built) is read by every reader."""
    script = _READERS + textwrap.dedent(
        """
        import bot.language.lexicon as lexicon

        lexicon.EMPLOYER_NOUNS["zorqette"] = "association"
        lexicon.EMPLOYER_NOUNS["zorquerie"] = "public"
        failed = [name for noun, kind in (("zorqette", "association"), ("zorquerie", "public"))
                  for name, check in readers().items() if not check(noun, kind)]
        print("FAILED", failed) if failed else print("OK")
        """
    )
    done = run_fresh(script)
    assert done.stdout.strip().splitlines()[-1:] == ["OK"], done.stdout + done.stderr
