"""The cue words are one table: every reader recognises every question word and correction marker of it."""

from __future__ import annotations

import re

import pytest

from bot.dialogue import turns
from bot.eligibility import dialogue as check
from bot.extractors import project
from bot.faq import replies, router
from bot.language import cues
from bot.language.normalize import normalize
from bot.language.tokens import correction_positions, tokenize
from bot.submission import fields
from bot.submission import questions as request
from bot.submission.form_slots import SKIP


def test_alternation_tries_the_longest_phrase_first_and_matches_normalised_spaces() -> None:
    pattern = re.compile(rf"^{cues.alternation(('est', 'est ce', 'c est quoi'))}")
    assert pattern.match("est ce que").group(0) == "est ce"
    assert pattern.match("c est quoi").group(0) == "c est quoi"
    assert pattern.match("c\test\tquoi")  # any whitespace between the words


@pytest.mark.parametrize("word", cues.QUESTION_WORDS)
def test_every_question_word_opens_a_question_for_every_reader(word: str) -> None:
    plain = normalize(f"Bonjour, {word} il faut faire pour un CDI")
    assert check._ASKS.search(plain)
    assert project._QUESTION_START.search(plain)
    assert request._QUESTION_WORD.search(plain)
    if word != "quand":  # « quand il aura son diplôme » answers a question; it opens statements for the router too
        assert fields._QUESTION_START.search(plain)
        assert router._QUESTION_WORDS.search(plain)


def test_a_word_that_only_starts_like_a_question_word_is_not_one() -> None:
    # « quel\\w* » used to take « quelqu'un » for a question.
    assert not check._ASKS.search(normalize("quelqu'un en CDI à Nantes"))


@pytest.mark.parametrize("phrase", cues.CORRECTION_PHRASES)
def test_every_correction_marker_corrects_for_every_reader(phrase: str) -> None:
    text = f"{phrase} un CDD de 8 mois"
    assert correction_positions(tokenize(text)) == [len(phrase.split())]
    assert fields._CORRECTION_MARKERS.search(normalize(text))
    if phrase != "plutot":  # « plutôt par mail » at the phone question is a preference
        assert request.OPENS_WITH_CORRECTION.search(normalize(text))


def test_non_corrects_only_at_the_start_of_a_clause() -> None:
    assert correction_positions(tokenize("non, un CDD")) == [1]
    assert correction_positions(tokenize("un CDD non renouvelable")) == []


def test_a_preference_for_email_at_the_phone_question_skips_it() -> None:
    slots = {"company_name": "Boulangerie Martin", "contact_email": "a@b.fr", "contact_name": "Marc"}
    result = request.understand_field("plutôt par mail", "contact_phone", slots, intent="inform")
    # A refusal of the phone skips it at once (tenth blind user test).
    assert result.kind == SKIP and result.updates["contact_phone"] is None
    assert "contact_email" not in result.updates


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what keeps a yes from being unqualified, whatever yes word opens it (the kind is what the readers act on: the
        # consent step records a refusal on « no » only; the check takes a clear « oui » first over « held_back »)
        ("non merci", "no"),
        ("pas de souci, je refuse", "no"),
        ("j'accepte pas, besoin de réfléchir", "no"),
        ("je préfère pas", "no"),
        ("bon ok je vérifie et je reviens", "defer"),
        ("pas tout de suite", "defer"),
        ("oui, je vous redis ça demain", "defer"),
        ("oui si mon associé est d'accord", "held_back"),
        ("pas de problème ? vous en faites quoi ?", "held_back"),
        ("pas de problème par contre c'est à mon patron de valider", "held_back"),
        ("c'est pas contre vous mais je préfère qu'on m'appelle directement", "held_back"),
        # unqualified
        ("oui j'accepte, pas besoin de me rappeler", None),
        ("pas de souci mais appelez moi plutôt le matin", None),
        ("je préfère pas être appelé le matin", None),
        ("oui, pas question d'attendre", None),
        ("aucun souci, il a ses papiers, vous pouvez demander à les voir", None),
        ("pas de problème, je regarde ça tout de suite", None),
        ("finalement si j'accepte, on continue", None),
    ],
)
def test_what_withholds_a_yes(text: str, kind: str | None) -> None:
    assert cues.withheld(text) == kind


@pytest.mark.parametrize(
    ("text", "someone_else"),
    [
        # The candidate dropping out, asked about, is no cancel order (thirty-eighth blind user test).
        ("avant, une question : et si il abandonne ?", True),
        ("et si il abandonne ?", True),
        ("non ! je parle du candidat, si il abandonne la formation", True),
        ("si le candidat lache la formation… je dois payer qqch ?", True),
        ("et s'il arrête en cours de route ?", True),
        ("il démissionne pendant la formation, on fait quoi ?", True),
        ("que se passe t il si le candidat abandonne la formation", True),
        ("et si elle quitte l'entreprise après la formation ?", True),
        ("si la personne laisse tomber ?", True),
        ("l'apprenti a abandonné, que faire ?", True),
        ("en cas d'abandon du stagiaire ?", True),
        # The employer's own orders about the request or the check.
        ("j'abandonne", False), ("laissez tomber", False), ("j'arrête là", False), ("abandonner la demande", False),
        ("on abandonne", False), ("annuler", False), ("il faut abandonner la demande", False),
        ("le candidat a abandonné, on annule", False), ("bon on arrête tout", False),
    ],
)
def test_someone_else_giving_up_is_no_order_of_the_employer(text: str, someone_else: bool) -> None:
    assert cues.someone_else_gives_up(text) is someone_else
    if someone_else:
        assert not re.search(r"\b(?:abandon\w*|arret\w*|lach\w*|laisse tomber)\b", cues.without_someone_else_giving_up(normalize(text)))


@pytest.mark.parametrize("phrase", cues.NOT_NOW_PHRASES)
def test_every_not_now_phrase_puts_off_for_every_reader(phrase: str) -> None:
    # One table of « not now » for every reader (they were six lists with other words: review of the forty-fourth to
    # forty-eighth blind user tests' fixes, « pas dans l'immédiat » declined one offer and not another).
    assert turns._DECLINING_FIRST.match(phrase)  # the check's offer declined
    assert replies._NOT_NOW_FIRST.match(normalize(f"bon {phrase}, je dois en parler au bureau"))  # the request's offer
    assert replies._NOT_NOW.search(normalize(f"je veux faire la demande mais {phrase}"))  # a wish to apply put off
    assert check._NOT_NOW.fullmatch(normalize(f"non {phrase} merci"))  # a question of the check put off
    assert check._NOT_A_CORRECTION.search(normalize(f"non {phrase}, un CDI à Nantes"))  # after a verdict: no correction
    assert cues.DEFERRING.search(normalize(f"ok mais {phrase}"))  # instead of an answer


def test_not_yet_is_no_not_now() -> None:
    # « pas encore » answers « avez-vous déjà identifié la personne ? »: not yet, which is not the offer put off.
    assert "pas encore" not in cues.NOT_NOW_PHRASES
    assert not cues.DEFERRING.search("pas encore")
