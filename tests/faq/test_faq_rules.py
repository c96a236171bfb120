"""Questions answered by rule whatever the classifier says (bot.faq.replies)."""

from __future__ import annotations

import pytest

from bot.dialogue import messages
from bot.faq.entries import Faq
from bot.faq.replies import (
    CONTRACT_MINIMUM_ENTRY,
    NOT_AN_AID_ENTRY,
    answer_by_rule,
    asks_contract_minimum,
    contract_minimum_rule,
    current_employee_rule,
)
from bot.faq.router import Decision


@pytest.mark.parametrize(
    "text",
    [
        # Fourth blind user test, 2026-11-30: the training's length, « hors sujet », or three questions proposed.
        "Le CDD doit durer combien de temps au minimum ?",
        "cdd de combien minimum ?",
        "et le cdd il doit faire combien mini",
        "quelle duree minimum pour un CDD ?",
        "c'est 6 mois minimum pour un cdd c ca ?",
        "durée minimale du contrat ?",
    ],
)
def test_how_long_a_contract_must_last_gets_its_entry(faq: Faq, text: str) -> None:
    for decision in (Decision("answer", faq_id="duree_formation", faq_ids=["duree_formation"], confidence=0.9), Decision("out_of_scope")):
        assert answer_by_rule(decision, text, faq).answers == [CONTRACT_MINIMUM_ENTRY]


@pytest.mark.parametrize(
    "text",
    [
        "quelle est la durée minimum de la formation ?",
        "combien d'heures minimum pour un cdd ?",
        "contrat de 35h minimum ?",
        "le candidat doit être inscrit depuis combien de temps minimum ?",
        "un cdd de 5 mois c'est éligible ?",
    ],
)
def test_other_minimums_are_left_to_the_classifier(text: str) -> None:
    assert not asks_contract_minimum(text)


def test_during_the_check_the_contract_is_the_context(faq: Faq) -> None:
    # « il faut combien de mois minimum ? » at the duration question got the set-up time (third blind user test).
    decision = Decision("answer", faq_id="delai_mise_en_place", faq_ids=["delai_mise_en_place"], confidence=0.9)
    assert contract_minimum_rule(decision, "il faut combien de mois minimum ?", faq, about_a_contract=True).answers == [CONTRACT_MINIMUM_ENTRY]
    assert contract_minimum_rule(decision, "il faut combien de mois minimum ?", faq).answers == ["delai_mise_en_place"]


def test_several_answers_are_not_collapsed_into_one(faq: Faq) -> None:
    decision = Decision("answer", faq_id="cout_formation", faq_ids=["cout_formation", "types_de_contrat"], confidence=0.9)
    assert contract_minimum_rule(decision, "combien ça coûte et le cdd c'est combien minimum ?", faq).answers == ["cout_formation", "types_de_contrat"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # Fourth blind user test, 2026-11-30: suggestions, or « hors sujet » for the third of three questions.
        ("l'interim c possible ?", "employeurs_concernes"),
        ("est ce que ca marche pour un apprenti ?", "types_de_contrat"),
        ("si ca marche pour un apprenti", "types_de_contrat"),
        ("le contrat pro c ok ?", "types_de_contrat"),
        ("un stage c possible ?", "types_de_contrat"),
        ("un cdd de 4 mois c eligible ?", "derogation_cdd"),
        ("cdd saisonnier possible ?", "derogation_cdd"),
    ],
)
def test_a_question_about_a_contract_only_gets_the_answer_on_that_contract(faq: Faq, text: str, entry: str) -> None:
    assert answer_by_rule(Decision("suggest", suggestions=["types_de_contrat"]), text, faq).answers == [entry]


@pytest.mark.parametrize("text", ["c quoi la diff avec un contrat pro ?", "combien coute un apprenti ?", "CDI à Nantes ça marche ?"])
def test_a_question_about_more_than_a_contract_is_left_to_the_classifier(faq: Faq, text: str) -> None:
    assert answer_by_rule(Decision("suggest", suggestions=["types_de_contrat"]), text, faq).kind == "suggest"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # Twenty-third blind user test: « je n'ai pas de réponse » (out of scope for the classifier).
        ("on peut le faire pour un apprenti ?", "types_de_contrat"),
        ("on peut le faire pour un apprenti ? genre un contrat d'apprentissage de 2 ans en boulangerie", "types_de_contrat"),
        ("on peut le faire pour un CDD ? genre 4 mois en remplacement", "derogation_cdd"),
    ],
)
def test_a_question_about_a_contract_with_an_example_after_it(faq: Faq, text: str, entry: str) -> None:
    for decision in (Decision("out_of_scope", confidence=0.75, intent="out_of_scope"), Decision("suggest", suggestions=["types_de_contrat"])):
        assert answer_by_rule(decision, text, faq).answers == [entry]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: more than an example after the question, or another question.
        "on peut le faire pour un apprenti ? comme le dernier qu'on a eu, qui a arrete",
        "on peut faire la formation en interne pour un apprenti ?",
        "on peut le faire pour un apprenti ? genre combien ça coûte ?",
    ],
)
def test_more_than_a_contract_with_faire_is_left_to_the_classifier(faq: Faq, text: str) -> None:
    assert answer_by_rule(Decision("out_of_scope", confidence=0.75, intent="out_of_scope"), text, faq).kind == "out_of_scope"


def test_whether_the_employer_may_benefit_beside_a_place_is_the_place_question(faq: Faq) -> None:
    """« Je suis dans la Loire, a Roanne, c'est les pays de la loire non ? je peux en beneficier ? » got the answer for
    outside the region, then « uniquement aux demandeurs d'emploi » (twenty-third blind user test)."""
    text = "Je suis dans la Loire, a Roanne, c'est les pays de la loire non ? je peux en beneficier ?"
    both = Decision("answer", faq_id="hors_pays_de_la_loire", faq_ids=["hors_pays_de_la_loire", "public_beneficiaire"], confidence=0.9)
    assert answer_by_rule(both, text, faq).answers == ["hors_pays_de_la_loire"]
    # Near misses: who may benefit asked as such, or no place answered: both answers stay.
    other = "on est a Roanne, c'est les pays de la loire ? et qui peut en beneficier ?"
    assert answer_by_rule(both, other, faq).answers == ["hors_pays_de_la_loire", "public_beneficiaire"]
    costs = Decision("answer", faq_id="cout_formation", faq_ids=["cout_formation", "public_beneficiaire"], confidence=0.9)
    assert answer_by_rule(costs, "combien ça coûte ? je peux en beneficier ?", faq).answers == ["cout_formation", "public_beneficiaire"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Twenty-third blind user test: the answer on the IAE given all the same.
        ("Bonjour, je suis responsable d'un chantier d'insertion... non pardon d'une regie de quartier a Saint-Nazaire, on veut "
         "recruter un agent de mediation en CDD 12 mois", False),
        ("on est une entreprise d'insertion, enfin une asso, on peut en beneficier ?", False),
        # Near misses: the IAE named and kept, or named again after the correction.
        ("je suis responsable d'un chantier d'insertion a Saint-Nazaire, quelle place pour l'IAE ?", True),
        ("chantier d'insertion, en fait non, atelier chantier d'insertion, ca marche ?", True),
        ("non pardon, je suis dans un chantier d'insertion, ca marche ?", True),
    ],
)
def test_the_iae_taken_back_at_once_is_not_answered(faq: Faq, text: str, kept: bool) -> None:
    decision = answer_by_rule(Decision("answer", faq_id="place_iae", faq_ids=["place_iae"], confidence=0.98), text, faq)
    assert (decision.answers == ["place_iae"]) is kept


@pytest.mark.parametrize(
    "text",
    [
        "c'est que pour les metiers manuels ?",
        # Twenty-third blind user test: no answer, the check alone.
        "bonjour, une entreprise de Laval qui veut embaucher un développeur informatique en CDI, formation en java. c'est possible "
        "ou c'est que pour les metiers manuels ?",
        "c'est réservé à certains secteurs ?",
    ],
)
def test_only_some_trades_asked_about_gets_the_answer_on_all_sectors(faq: Faq, text: str) -> None:
    assert answer_by_rule(Decision("suggest", suggestions=["type_de_formation"]), text, faq).answers == ["employeurs_concernes"]


@pytest.mark.parametrize("text", ["c'est que pour les demandeurs d'emploi ?", "quels metiers sont concernes ?", "uniquement pour les CDI ?"])
def test_other_questions_on_who_or_what_keep_the_classifiers_decision(faq: Faq, text: str) -> None:
    assert answer_by_rule(Decision("suggest", suggestions=["type_de_formation"]), text, faq).answers != ["employeurs_concernes"]


def test_a_confident_answer_is_kept(faq: Faq) -> None:
    decision = Decision("answer", faq_id="types_de_contrat", faq_ids=["types_de_contrat"], confidence=0.9)
    assert answer_by_rule(decision, "l'interim c possible ?", faq).answers == ["types_de_contrat"]


@pytest.mark.parametrize(
    "text",
    [
        # Fifth blind user test, 2026-11-30: suggestions.
        "c quoi la duree mini d un cdd pour etre eligible",
        "il faut un cdd de combien de temps",
        "duree minimum cdd",
    ],
)
def test_more_ways_of_asking_how_long_a_cdd_must_last(text: str) -> None:
    assert asks_contract_minimum(text)


def test_temp_work_through_an_agency_is_a_question_about_a_contract(faq: Faq) -> None:
    decision = answer_by_rule(Decision("suggest"), "on peut passer par une boite d interim ?", faq)
    assert decision.answers == ["employeurs_concernes"]


@pytest.mark.parametrize("text", ["un CDD de 4 mois renouvelable c'est accepté ?", "pour un cdd saisonnier de 3 mois en vendee c bon ?"])
def test_the_contracts_accepted_for_a_short_cdd_become_the_derogation(faq: Faq, text: str) -> None:
    """« at least 6 months » without the derogation the question is about (sixth blind user test)."""
    decision = Decision("answer", faq_id="types_de_contrat", faq_ids=["types_de_contrat"], confidence=0.9)
    assert answer_by_rule(decision, text, faq).answers == [CONTRACT_MINIMUM_ENTRY]
    assert answer_by_rule(decision, "un CDD de 8 mois c'est accepté ?", faq).answers == ["types_de_contrat"]


@pytest.mark.parametrize("text", ["et pour la mission de 3 mois en interim, c'est eligible ?", "une mission d'interim de 4 mois ça passe ?"])
def test_the_employers_answer_for_a_short_temp_mission_becomes_the_derogation(faq: Faq, text: str) -> None:
    """« et pour la mission de 3 mois en interim, c'est eligible ? » got the employers' answer twice (twenty-seventh blind user test)."""
    decision = Decision("answer", faq_id="employeurs_concernes", faq_ids=["employeurs_concernes"], confidence=0.9)
    assert answer_by_rule(decision, text, faq).answers == [CONTRACT_MINIMUM_ENTRY]
    assert answer_by_rule(decision, "une mission d'interim de 8 mois c'est eligible ?", faq).answers == ["employeurs_concernes"]
    assert answer_by_rule(decision, "une mairie c'est eligible ?", faq).answers == ["employeurs_concernes"]
    # Asked with a question the employers' answer does answer: both, the derogation after.
    both = "Agence d'interim au Mans ici. 2 questions : un CDI interimaire c eligible ? et une mission de 3 mois en interim ?"
    assert answer_by_rule(decision, both, faq).answers == ["employeurs_concernes", CONTRACT_MINIMUM_ENTRY]


@pytest.mark.parametrize("text", ["c'est quoi la difference pour vous entre cdd et cdi niveau eligibilite?", "cdd ou cdi lequel est le mieux ?"])
def test_a_comparison_of_contracts_gets_the_contracts_answer(faq: Faq, text: str) -> None:
    """« c'est quoi la difference pour vous entre cdd et cdi niveau eligibilite ? » got three questions (twenty-seventh blind user
    test), the contracts' entry first among them."""
    assert answer_by_rule(Decision("suggest", suggestions=["types_de_contrat", "niveau_etudes"]), text, faq).answers == ["types_de_contrat"]
    # Not when the classifier put another entry first, nor with one contract.
    assert answer_by_rule(Decision("suggest", suggestions=["niveau_etudes", "types_de_contrat"]), text, faq).answers == []
    assert answer_by_rule(Decision("suggest", suggestions=["types_de_contrat"]), "la difference entre contrat pro et votre dispositif ?", faq).answers == []


@pytest.mark.parametrize(
    ("text", "named"),
    [("c ouvert en vendee ?", "Vendée (85) en fait bien partie."), ("ca marche a cholet ?", "Cholet (Maine-et-Loire, 49) en fait bien partie.")],
)
def test_a_covered_place_named_in_the_question_is_said_to_be_covered(text: str, named: str) -> None:
    """The answer on the five departments did not name Vendée (sixth blind user test)."""
    from bot.faq.replies import COVERAGE_ENTRY, covered_place_line

    line = covered_place_line(Decision("answer", faq_id=COVERAGE_ENTRY, faq_ids=[COVERAGE_ENTRY], confidence=1.0), text)
    assert line is not None and line["text"].startswith(named) and "Sarthe (72)" in line["text"]
    assert covered_place_line(Decision("answer", faq_id=COVERAGE_ENTRY, faq_ids=[COVERAGE_ENTRY], confidence=1.0), "et à Rennes ?") is None


def test_the_departments_are_named_when_no_place_is() -> None:
    """« c quoi deja les departements ? » got « les 5 départements » without their names (tenth blind user test)."""
    from bot.faq.replies import COVERAGE_ENTRY, covered_place_line

    line = covered_place_line(Decision("answer", faq_id=COVERAGE_ENTRY, faq_ids=[COVERAGE_ENTRY], confidence=1.0), "c quoi deja les departements ?")
    assert line is not None and all(f"({code})" in line["text"] for code in ("44", "49", "53", "72", "85"))


@pytest.mark.parametrize("text", ["on est en bretagne ca marche aussi ?", "boite en Normandie, c'est possible ?", "et en PACA ?"])
def test_another_region_named_gets_that_only_the_regions_employers_can(text: str) -> None:
    """« on est en bretagne ca marche aussi ? »: no place was read, and the check was offered (sixth blind user test)."""
    from bot.faq.replies import OUTSIDE_ENTRY, coverage_entry, outside_answer_for_a_named_place

    assert coverage_entry(text, Decision("suggest")) == OUTSIDE_ENTRY
    assert outside_answer_for_a_named_place(Decision("answer", faq_id=OUTSIDE_ENTRY, faq_ids=[OUTSIDE_ENTRY]), text)


def test_a_meeting_is_not_la_reunion() -> None:
    from bot.language.places import other_region_named

    assert other_region_named("on a une réunion demain") is None and other_region_named("sur l'île de la Réunion") == "La Réunion"


#: What the assistant adds to the official answer outside the region: the job's place counts (thirty-first blind user test).
_JOB_PLACE = messages.JOB_PLACE_COUNTS


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # « on recrute un électricien en CDI dans la Loire » got « Non, … ligériennes » alone (nineteenth blind user test).
        ("on recrute un electricien en CDI dans la Loire", "Loire (42) est un département de la région Auvergne-Rhône-Alpes, pas des "
         f"Pays de la Loire. Si le poste est en Loire-Atlantique (44) ou en Maine-et-Loire (49), indiquez sa commune. {_JOB_PLACE}"),
        ("on est à Rennes, ça marche ?", f"Ille-et-Vilaine (35) est un département de la région Bretagne, pas des Pays de la Loire. {_JOB_PLACE}"),
        # « répond uniquement aux besoins des employeurs situés en Pays de la Loire » to a head office in Nantes with the job in
        # Rennes, and « … entreprises ligériennes » to an employer in Vitré whose job was at its Craon depot (thirty-first blind
        # user test): what counts, the job's place, is said after the official answer.
        ("on est en Bretagne", _JOB_PLACE),
        ("notre siège est à Nantes mais le poste est à Rennes, c'est possible ?",
         f"Ille-et-Vilaine (35) est un département de la région Bretagne, pas des Pays de la Loire. {_JOB_PLACE}"),
    ],
)
def test_the_answer_outside_the_region_says_where_the_place_is(text: str, said: str | None) -> None:
    from bot.faq.replies import OUTSIDE_ENTRY, elsewhere_place_line

    line = elsewhere_place_line(Decision(kind="answer", faq_id=OUTSIDE_ENTRY, faq_ids=[OUTSIDE_ENTRY]), text)
    assert (line["text"] if line else None) == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Twenty-ninth blind user test: three unrelated questions.
        ("bonjour je suis boulanger a angers je veu embaucher qqun mais il faut le former c possible ?", True),
        ("on voudrait recruter quelqu'un et le former, c'est faisable ?", True),
        ("je cherche a embaucher un apprenti mais faut le former, vous pouvez aider ?", True),
        ("est-il possible d'embaucher une personne à former ?", True),
        ("on veut embaucher quelqu'un qui n'a pas d'expérience et le former, c possible ou pas ?", True),
        ("nous voulons recruter et former un jeune, c'est envisageable ?", True),
        # (a more precise question, training without the hire, a training body)
        ("on veut embaucher quelqu'un et le former, ça coûte combien ?", False),
        ("on voudrait embaucher et le former, ça prend combien de temps ?", False),
        ("est-ce possible de former mon équipe ?", False),
        ("est-il possible de recruter via un organisme de formation ?", False),
    ],
)
def test_hiring_someone_to_have_them_trained(text: str, expected: bool) -> None:
    from bot.faq.replies import asks_to_hire_and_train

    assert asks_to_hire_and_train(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "la mairie doit-elle payer la formation ?",  # no question whether it may use the scheme
        "une entreprise peut-elle recruter en CDD de 3 mois ?",  # a private company is no case of its own
    ],
)
def test_other_questions_naming_an_employer_keep_the_classifiers_decision(faq: Faq, text: str) -> None:
    decision = answer_by_rule(Decision("suggest", suggestions=["cout_formation"]), text, faq)
    assert "employeurs_concernes" not in decision.answers


@pytest.mark.parametrize("text", [
    "Est ce que le candidat peut etre un jeune diplomé qui sort d'ecole et qui n'est pas inscrit a france travail ?",
    "il faut un diplôme et être inscrit à pôle emploi ?",
    "une personne sans diplôme mais pas inscrite comme demandeur d'emploi ça marche ?",
])
@pytest.mark.parametrize("decision", [
    Decision("answer", faq_id="niveau_etudes", faq_ids=["niveau_etudes"], confidence=0.9),
    Decision("suggest", suggestions=["niveau_etudes", "public_beneficiaire", "salaries_etrangers"]),
    Decision("out_of_scope"),
])
def test_studies_and_registration_asked_together_get_both_answers(faq: Faq, text: str, decision: Decision) -> None:
    """« Est ce que le candidat peut etre un jeune diplomé qui sort d'ecole et qui n'est pas inscrit a france travail ? » got
    « Non, le niveau d'études du salarié n'est pas limitant. » alone, the registration unanswered (thirtieth blind user test)."""
    assert answer_by_rule(decision, text, faq).answers == ["niveau_etudes", "public_beneficiaire"]


@pytest.mark.parametrize("text", ["faut-il un diplôme minimum pour le candidat ?", "le candidat doit être inscrit à France Travail ?"])
def test_studies_or_registration_alone_keep_their_answer(faq: Faq, text: str) -> None:
    decision = Decision("answer", faq_id="niveau_etudes", faq_ids=["niveau_etudes"], confidence=0.9)
    assert answer_by_rule(decision, text, faq).answers == ["niveau_etudes"]


@pytest.mark.parametrize(
    "text",
    [
        # Forty-second blind user test (u42-16): three unrelated questions proposed (the person's status, in-house training…).
        "non attendez, je voulais juste savoir si le salarié a un tuteur chez nous pendant la formation",
        "est-ce que le stagiaire aura un tuteur pendant sa formation ?",
        "qui accompagne le candidat pendant les stages ?",
        "il y a quelqu'un qui suit la personne pendant son parcours de formation ?",
        "on doit designer un tuteur pendant la formation ?",
    ],
)
def test_who_follows_the_trainee_during_the_training_gets_the_referent(faq: Faq, text: str) -> None:
    unsure = Decision("suggest", suggestions=["statut_demandeur_emploi", "formation_interne_externe", "proposition_poste_ferme"])
    assert answer_by_rule(unsure, text, faq).answers == ["construction_parcours_referent"]


@pytest.mark.parametrize(
    "text",
    [
        "nos tuteurs peuvent-ils assurer toute la formation ?",
        "peut-on former le candidat uniquement avec notre tuteur pendant la formation ?",
        "c'est quoi le parcours emploi tutorat ?",
        "le salarié est payé pendant la formation ?",
    ],
)
def test_other_questions_on_tutors_or_the_training_keep_the_classifiers_decision(faq: Faq, text: str) -> None:
    unsure = Decision("suggest", suggestions=["formation_interne_totalite", "formation_interne_externe", "statut_demandeur_emploi"])
    assert answer_by_rule(unsure, text, faq).answers != ["construction_parcours_referent"]


@pytest.mark.parametrize(
    "text",
    [
        # Forty-seventh blind user test (u47-11): « on peut le voir avant ? » (the candidate, before hiring) got the answer on the
        # basic skills phase of the training (« se distingue d'une POEI ou d'une AFPR… »), with confidence.
        "on peut le voir avant ?",
        "on pourra les rencontrer avant ?",
        "est-ce qu'on peut rencontrer les candidats avant la formation ?",
        "je pourrai voir la personne avant de m'engager ?",
        "on peut les recevoir en entretien avant ?",
        "on peut pas la voir avant",
    ],
)
def test_meeting_the_candidate_before_gets_the_candidates_selection(faq: Faq, text: str) -> None:
    for decision in (Decision("answer", faq_id="remise_a_niveau", faq_ids=["remise_a_niveau"], confidence=0.86),
                     Decision("suggest", suggestions=["remise_a_niveau", "difference_afpr_poei", "delai_mise_en_place"])):
        assert answer_by_rule(decision, text, faq).answers == ["selection_candidats"]


@pytest.mark.parametrize(
    "text",
    [
        "on peut voir le programme de la formation avant ?",
        "je peux voir le contrat avant de signer ?",
        "il faut le former avant ?",
        "la remise a niveau se fait avant ?",
    ],
)
def test_seeing_something_else_before_keeps_the_classifiers_answer(faq: Faq, text: str) -> None:
    decision = Decision("answer", faq_id="remise_a_niveau", faq_ids=["remise_a_niveau"], confidence=0.86)
    assert answer_by_rule(decision, text, faq).answers == ["remise_a_niveau"]


@pytest.mark.parametrize(
    "text",
    [
        # Forty-seventh blind user test (u47-13): three unrelated questions (contracts, other regions, the number of employees).
        "jsuis auto entrepreneur, je peux embaucher qqn avec ce dispositif ?",
        "je suis auto-entrepreneur, est-ce que je peux en bénéficier ?",
        "on est une micro entreprise, on peut recruter avec ca ?",
        "je suis a mon compte sans salarie, j'y ai droit ?",
        "en tant qu'autoentrepreneur je peux utiliser le dispositif ?",
    ],
)
def test_a_self_employed_employer_asking_whether_they_may_use_it_gets_the_employers_answer(faq: Faq, text: str) -> None:
    unsure = Decision("suggest", suggestions=["types_de_contrat", "hors_pays_de_la_loire", "limite_nombre_salaries"])
    assert answer_by_rule(unsure, text, faq).answers == ["limite_nombre_salaries", "employeurs_concernes"]


def test_a_self_employed_employer_saying_so_without_asking_is_left_to_the_classifier(faq: Faq) -> None:
    unsure = Decision("suggest", suggestions=["types_de_contrat", "hors_pays_de_la_loire", "limite_nombre_salaries"])
    assert answer_by_rule(unsure, "je suis auto entrepreneur depuis 2019", faq).kind == "suggest"


@pytest.mark.parametrize(
    "text",
    [
        # Forty-seventh blind user test (u47-13): the departments covered (« Loire-Atlantique (44) en fait bien partie »), while
        # « a qui je m'adresse pour faire la demande ? » got whom to send the request to.
        "ok et en loire atlantique c'est qui le contact ?",
        "c'est qui le contact en Sarthe ?",
        "en vendee on contacte qui ?",
        "et pour le 49 qui est l'interlocuteur ?",
    ],
)
def test_who_to_contact_for_a_place_gets_whom_to_send_the_request_to(faq: Faq, text: str) -> None:
    for decision in (Decision("answer", faq_id="departements_couverts", faq_ids=["departements_couverts"], confidence=0.88),
                     Decision("suggest", suggestions=["departements_couverts", "hors_pays_de_la_loire", "employeurs_concernes"])):
        assert answer_by_rule(decision, text, faq).answers == ["adresser_intention_embauche"]


def test_a_place_asked_about_without_a_contact_keeps_the_places_covered(faq: Faq) -> None:
    decision = Decision("answer", faq_id="departements_couverts", faq_ids=["departements_couverts"], confidence=0.88)
    assert answer_by_rule(decision, "et en loire atlantique c'est possible ?", faq).answers == ["departements_couverts"]


@pytest.mark.parametrize(
    "text",
    [
        # Forty-seventh blind user test (u47-04), at the recap: « Je n'ai pas de réponse à cette question » (the reworded « et si
        # c'est un salarié qu'on a déjà en contrat chez nous ? » got the answer).
        "et si l'un des deux est deja chez nous en PEC, ca marche aussi ?",
        "et si elle travaille deja chez nous, c'est possible ?",
        "et si c'est quelqu'un qui est deja chez nous en CDD ca passe ?",
    ],
)
def test_a_current_employee_asked_about_gets_the_job_seekers_only_answer(faq: Faq, text: str) -> None:
    unsure = Decision("suggest", suggestions=["difference_contrat_pec", "formation_interne_externe", "departements_couverts"])
    assert answer_by_rule(unsure, text, faq).answers == ["public_beneficiaire"]
    assert current_employee_rule(unsure, text, faq).answers == ["public_beneficiaire"]


@pytest.mark.parametrize("text", [
    # forty-eighth blind user test, u48-09: the derogation's answer alone, never whether temporary work is covered
    "agence d'interim ici. on a un client a Cholet qui veut 4 soudeurs, mission de 5 mois. le dispositif marche pour l'interim ?",
    "on a une mission de 4 mois pour un client. ca marche en interim votre truc ?",
    "Mission de 3 mois a Nantes. l'interim c'est eligible ?",
    "une mission de 5 mois chez un client. et l'interim c'est pris en compte ?",
])
@pytest.mark.parametrize("decision", [
    Decision("answer", faq_id=CONTRACT_MINIMUM_ENTRY, faq_ids=[CONTRACT_MINIMUM_ENTRY], confidence=0.95),
    Decision("suggest", suggestions=[CONTRACT_MINIMUM_ENTRY, "types_de_contrat"]),
    Decision("unclear"),
])
def test_whether_a_short_assignment_is_covered_says_temporary_work_is_and_the_derogation(faq: Faq, text: str, decision: Decision) -> None:
    assert answer_by_rule(decision, text, faq).answers == ["employeurs_concernes", CONTRACT_MINIMUM_ENTRY]


_TWENTY_TWO = ("ok alors du coup j'embauche qqn pour le remplacer a son ancien poste de magasinier. c'est un jeune de 22 ans qui sort "
               "d'etudes, pas inscrit a france travail. CDI temps plein a Laval")


@pytest.mark.parametrize("text", [
    _TWENTY_TWO,  # forty-eighth blind user test, u48-02: « Non, le niveau d'études du salarié n'est pas limitant », never asked
    "c'est une jeune diplomee, bac pro commerce, inscrite a pole emploi depuis juin. CDI a Angers",
    "le candidat pour le CDI a un BTS, il est demandeur d'emploi",
])
@pytest.mark.parametrize("decision", [
    Decision("answer", faq_id="niveau_etudes", faq_ids=["niveau_etudes"], confidence=0.9),
    Decision("answer", faq_id="niveau_etudes", faq_ids=["niveau_etudes", "public_beneficiaire"], confidence=0.9),
    Decision("suggest", suggestions=["niveau_etudes", "public_beneficiaire"]),
])
def test_studies_stated_without_a_question_get_no_answer_on_the_study_level(faq: Faq, text: str, decision: Decision) -> None:
    assert "niveau_etudes" not in answer_by_rule(decision, text, faq).answers


def test_studies_asked_about_still_get_the_answer_on_the_study_level(faq: Faq) -> None:
    asked = "Est ce que le candidat peut etre un jeune diplomé qui sort d'ecole et qui n'est pas inscrit a france travail ?"
    assert answer_by_rule(Decision("suggest", suggestions=["niveau_etudes"]), asked, faq).answers == ["niveau_etudes", "public_beneficiaire"]
    plain = "il faut un niveau d'etudes minimum pour le candidat"  # (a question without its mark: the classifier's answer kept)
    assert answer_by_rule(Decision("answer", faq_id="niveau_etudes", faq_ids=["niveau_etudes"], confidence=0.9), plain, faq).answers == ["niveau_etudes"]


@pytest.mark.parametrize("text", [
    # forty-eighth blind user test, u48-05: the contracts accepted (« CDI, CDD d'au moins 6 mois ou … alternance »), not an answer
    "la formation elle se fait avant le contrat d'apprentissage ou pendant ?",
    "la formation c'est avant ou apres l'embauche ?",
    "est ce que la formation a lieu pendant le contrat ou avant ?",
    "il est forme avant d'etre embauche ou pendant son cdi ?",
])
@pytest.mark.parametrize("decision", [
    Decision("answer", faq_id="types_de_contrat", faq_ids=["types_de_contrat"], confidence=0.9),
    Decision("suggest", suggestions=["types_de_contrat", "delai_mise_en_place"]),
])
def test_whether_the_training_comes_before_the_contract_gets_the_answer_that_says_it(faq: Faq, text: str, decision: Decision) -> None:
    """The FAQ's answer that says it: « 1 emploi = 1 formation est une formation préalable à l'embauche »."""
    assert answer_by_rule(decision, text, faq).answers == ["difference_contrat_pro"]


_FOREIGN_ANSWERED = Decision("answer", faq_id="salaries_etrangers", faq_ids=["salaries_etrangers"], confidence=0.85)
_REGISTRATION_UNSURE = Decision("suggest", suggestions=["salaries_etrangers", "public_beneficiaire", "departements_couverts"])


@pytest.mark.parametrize(("text", "decision"), [
    # forty-ninth blind user test, u49-03: « Les salariés étrangers relevant du statut de demandeur d'emploi… » to both
    ("slt, le candidat doit etre inscrit a france travail ?", _FOREIGN_ANSWERED),
    ("et s'il est pas inscrit ?", _REGISTRATION_UNSURE),
    ("faut etre inscrit a FT ?", _REGISTRATION_UNSURE),
    ("la personne doit obligatoirement être inscrite à pôle emploi ?", _FOREIGN_ANSWERED),
    ("et si elle n'est pas encore inscrite ?", Decision("unclear", suggestions=["public_beneficiaire", "salaries_etrangers"])),
])
def test_the_candidates_registration_asked_gets_who_may_benefit(faq: Faq, text: str, decision: Decision) -> None:
    assert answer_by_rule(decision, text, faq).answers == ["public_beneficiaire"]


@pytest.mark.parametrize("text", [
    "un etranger doit il etre inscrit a france travail ?",
    "il a un titre de sejour, il doit etre inscrit ?",
    "comment on s'inscrit au dispositif ?",
])
def test_a_registration_question_on_a_foreigner_or_the_employer_keeps_its_answer(faq: Faq, text: str) -> None:
    assert answer_by_rule(_FOREIGN_ANSWERED, text, faq).answers == ["salaries_etrangers"]


@pytest.mark.parametrize(("text", "decision", "entry"), [
    # fifty-first blind user test: u51-08 « je n'ai pas de réponse », u51-04 « pas certain d'avoir compris »
    ("et si on fait direct un CDI avec une periode d'essai, ca marche ?", Decision("out_of_scope"), "types_de_contrat"),
    ("et si on le passe en CDI interimaire plutot, ca passe sans derogation ?",
     Decision("suggest", suggestions=["derogation_cdd", "formation_interne_totalite", "employeurs_concernes"]), "employeurs_concernes"),
    ("ok et si on lui fait un CDD de 4 mois d'abord, c'est bon ?", Decision("suggest", suggestions=["x"]), "derogation_cdd"),
])
def test_a_contract_supposed_and_asked_whether_it_works_gets_its_answer(faq: Faq, text: str, decision: Decision, entry: str) -> None:
    from bot.faq.replies import CONTRACT_MINIMUM_ENTRY, INTERIM_ENTRY, contract_entry

    assert INTERIM_ENTRY == "employeurs_concernes" and CONTRACT_MINIMUM_ENTRY == "derogation_cdd"
    assert contract_entry(text, decision) == entry


@pytest.mark.parametrize("text", [
    # Forty-ninth blind user test (u49-05): « non mais concretement je touche combien ? » right after « … n'est pas une aide
    # financière à l'embauche … » was taken as a 👎, then read out of scope; « donc pas d'argent pour moi c ca ? » got suggestions.
    "concretement je touche combien ?", "donc pas d'argent pour moi c ca ?", "combien je touche si j'embauche ?",
    "on touche une prime ?", "l'entreprise recoit combien ?", "c'est quoi le montant de l'aide pour l'employeur ?",
    "j'aurai combien d'aide ?", "quel est le montant de l'aide pour l'employeur ?",
])
def test_money_for_the_employer_gets_that_the_scheme_is_no_financial_aid(faq: Faq, text: str) -> None:
    for decision in (Decision("out_of_scope"), Decision("suggest", suggestions=["cout_formation"]), Decision("unclear")):
        assert answer_by_rule(decision, text, faq).answers == [NOT_AN_AID_ENTRY]


@pytest.mark.parametrize("text", ["combien coute la formation ?", "le candidat touche combien pendant la formation ?",
                                  "il est payé combien le stagiaire ?", "qui paye la formation ?",
                                  # (review of the rules' reach: another aid's amount is out of scope)
                                  "montant de l'aide à l'embauche des jeunes de moins de 26 ans"])
def test_other_money_questions_are_left_to_the_classifier(faq: Faq, text: str) -> None:
    assert answer_by_rule(Decision("suggest", suggestions=["cout_formation"]), text, faq).answers != [NOT_AN_AID_ENTRY]
