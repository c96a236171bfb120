"""The job's weekly hours said in a sentence: :func:`hours_said` (the hours a sentence about the project gives) and
:func:`job_hours_said` (those that are the job's, not the candidate's, a day's, overtime, a possibility…). The one reader of
weekly hours in free text, for the eligibility check (:mod:`bot.eligibility.dialogue`, :mod:`bot.dialogue.turns`) and the
request (:mod:`bot.submission.questions`, :mod:`bot.submission.dialogue`). It lives with the validators because every figure
it finds is read by the weekly hours' validator (:func:`bot.submission.validators.counts.validate_weekly_hours`), which
needs the submission's answer reading (:mod:`bot.submission.fields`): not :mod:`bot.extractors`, which may import only
:mod:`bot.language`.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extractors.candidate import hours_of_the_hired, without_candidate_job
from bot.language.cues import CANDIDATES_OWN_HOURS_BEFORE, CANDIDATES_OWN_JOB, CANDIDATES_OWN_JOB_WORDS, CLAUSE_MARK
from bot.language.normalize import fold, normalize
from bot.language.numbers import NUMBER_WORDS, is_number_word, spelt_digits
from bot.language.tokens import said_instead
from bot.submission.fields import VALUE, FieldResult
from bot.submission.validators import validate_field
from bot.submission.validators.counts import HOURS_CHANGE_VERB, HOURS_HESITATION

#: A figure of hours (« 39h », « 35 heures »), with its minutes (« 37h30 », « 37 h 30 », « 37h30min »: « Temps plein, soit
#: 37h30 hebdomadaires » was 35 h, thirtieth blind user test).
HOURS = (r"\d+(?:[.,]\d+)?\s*(?:h|heures?)(?:\s*[0-5]\d(?!\d|[.,]\d)(?!\s*(?:postes?|personnes?|salari\w*|ans|jours?|mois|candidats?)\b)"
         r"(?:\s*(?:min|mn|minutes?)\b)?|\b)")

#: Weekly hours said in a sentence (« 20h/semaine », « à temps plein », « mi-temps »).
_HOURS_SAID = re.compile(
    # (« 151,67h par mois » with its month, converted: twenty-first blind user test)
    rf"{HOURS}(?P<weekly>\s*(?:/|par)\s*(?:semaine|sem|hebdo)\w*|\s*(?:/|par)\s*mois\b|\s*mensuel\w*)?|\b(?:temps (?:plein|complet)|plein temps)\b|\bmi[ -]?temps\b",
    re.IGNORECASE,
)
#: Words before « 48h » that make it a delay, not weekly hours (« une réponse sous 48h »).
_DELAY_BEFORE = re.compile(r"\b(?:sous|dans|ici|avant|apres|pendant|depuis)\s*$")
#: Before a time of day (« prise de poste à 7h », « horaires de 8h à 17h »).
_CLOCK_BEFORE = re.compile(r"\b(?:a|vers|de|des|jusqu a|horaires?|heure|rdv|rendez vous)\s*$")
#: A time of day after a verb of the end or the start of the working day, whatever the hour (« CDI, elle finit à 17h » was 17 h
#: a week, not eligible: session of 2026-12-02). Not « commence », « embauche », « reprend », which may give the hours (« on
#: l'embauche à 30h »).
_DAY_TIME_VERB_BEFORE = re.compile(
    r"\b(?:finit|finira|finissent|termine\w*|arrive\w*|debauche\w*|sort|sortira|part|partira|quitte\w*|ouvre\w*|ferme\w*)"
    r"\s+(?:a|vers|des)\s*$"
)
#: After such a verb, weekly hours, not a time of day: 24 or more, or said a week (« CDI, avec les samedis on arrive à 35h »,
#: « on termine à 26h hebdo », « ça finit à 35h » were dropped with the times of day: review of the session's changes); and
#: « en tout » before them (« en tout elle arrive à 20h »).
_WEEKLY_AFTER_A_DAY_TIME_VERB = re.compile(
    r"(?:2[4-9]|[3-9]\d)(?:[.,]\d+)?\s*(?:h|heures?)\b(?!\s*\d)|\d+(?:[.,]\d+)?\s*(?:h|heures?)\s*(?:par |/|[aà] la )?(?:semaine|sem|hebdo)\b",
    re.IGNORECASE,
)
#: Hours that are not the job's (folded, after or before them in their clause): of the training, of classes, of volunteering,
#: of travel (« CDI, 10h de formation par semaine », « Cholet, il fait 10h de route par semaine », « la formation fait 35h par
#: semaine ? »: the check said « pas éligible », the FAQ « oui pour la durée de travail »: review of the session's changes).
_NOT_THE_JOBS_AFTER = re.compile(r"^\s*(?:(?:par|/)\s*(?:semaine|sem)\s*)?(?:de|d)\s+(?:formation|cours|benevolat|route|trajet|transport)\b")
_NOT_THE_JOBS_BEFORE = re.compile(
    r"\b(?:formation|cours)\s+(?:\w+\s+)?(?:fait|font|dure|durent|est|sont|sera|seront|represente\w*|prend\w*)\s+(?:\w+\s+)?$"
    r"|\b(?:formation|cours)\s+(?:de|d)\s+$"
)


#: Words, then « heure(s) »: maybe a number in words (« vingt-cinq heures par semaine »).
_WORDS_BEFORE_HOURS = re.compile(r"(?:[^\W\d_][\w'-]*\s+){0,4}[^\W\d_][\w-]*(?=\s+heures?\b)", re.IGNORECASE)


def hours_in_figures(text: str) -> str:
    """``text`` with the numbers in words before « heure(s) » in figures: « je peux monter a vingt-cinq heures par semaine »
    after « pas éligible » for too few hours got « Très bien. Posez-moi votre question », « on peut faire vingt-huit heures »
    the FAQ on the training's length (forty-fifth blind user test, u45-05, u45-09); « une heure » stays in words."""

    def figures(match: re.Match[str]) -> str:
        words = match.group(0).split()
        start = len(words)
        while start > 0 and all(is_number_word(part) or part == "et" for part in fold(words[start - 1]).split("-") if part):
            start -= 1
        said = " ".join(words[start:])
        if not said or fold(said) in ("un", "une", "et"):
            return match.group(0)
        return " ".join([*words[:start], spelt_digits(said)])

    return _WORDS_BEFORE_HOURS.sub(figures, text or "")


def _a_time_of_day_or_a_delay(text: str, match: re.Match[str]) -> bool:
    """Whether a match of :data:`_HOURS_SAID` in ``text`` is a delay (« une réponse sous 48h », « avant 10 h ») or a time of
    day (« de 8h à 17h », « à 7h », « rdv à 14h », « 4h du matin »), not weekly hours."""
    before = normalize(text[: match.start()])
    if _DELAY_BEFORE.search(before):
        return True
    figure = re.match(r"\d+(?:[.,]\d+)?", match.group(0))
    clock = figure is not None and (re.match(r"\s*(?:a|à|-)\s*\d{1,2}\s*h", text[match.end():]) or (
        _CLOCK_BEFORE.search(before) and float(figure.group(0).replace(",", ".")) < 15
    ) or (_DAY_TIME_VERB_BEFORE.search(before) and not _WEEKLY_AFTER_A_DAY_TIME_VERB.match(text[match.start():])
           and not re.search(r"\ben tout\b", normalize(re.split(r"[,;.!?]", text[: match.start()])[-1])))
        # « 4h du matin », « 22h du soir », « 5h le matin », « 16h de l'après-midi » (thirty-third blind user test)
        or _PART_OF_THE_DAY_AFTER.match(normalize(text[match.end():])))
    # the end of « de 8h à 17h », « 9h-12h » (« CDI, horaires 9h-12h et 14h-18h » was 12 h a week: review of the session's changes)
    clock = clock or re.search(r"\d\s*h\s*(?:a|-)\s*$", before) or re.search(r"\d\s*h\s*\d{0,2}\s*-\s*$", text[: match.start()])
    return bool(clock) and not match.group("weekly")


#: A part of the day right after a figure of hours (folded): a time of day (« 4h du matin », « 5h le matin »).
_PART_OF_THE_DAY_AFTER = re.compile(r"^\s*(?:du|le|au)\s+(?:matin|soir)\b|^\s*(?:de l|l)\s+apres midi\b")


def without_times_of_day(text: str) -> str:
    """``text`` without the delays and times of day said in it (:func:`_a_time_of_day_or_a_delay`): « 35h mais il commence a
    4h du matin » → « 35h mais il commence a du matin », for the weekly hours' validator, which reads every figure (« plusieurs
    durées »: thirty-third blind user test)."""
    for match in reversed(list(_HOURS_SAID.finditer(text or ""))):
        if re.match(r"\d", match.group(0)) and _a_time_of_day_or_a_delay(text, match):
            text = f"{text[: match.start()]} {text[match.end():]}"
    return text


def hours_said(text: str, now: dt.date | None = None) -> float | None:
    """The weekly hours a sentence about the project gives (under 24 included: the check says what they lead to)."""
    text = hours_in_figures(text)
    for match in _HOURS_SAID.finditer(text):
        if _NOT_THE_JOBS_AFTER.match(normalize(text[match.end():])) or _NOT_THE_JOBS_BEFORE.search(
            normalize(re.split(r"[,;.!?]", text[: match.start()])[-1]) + " "
        ):
            continue
        if _a_time_of_day_or_a_delay(text, match):
            continue  # « de 8h à 17h », « à 7h », « rdv à 14h »: times of day (the first was 8 h a week: review)
        checked = validate_field("weekly_hours", match.group(0), now or dt.date.today())
        if checked.kind == VALUE and isinstance(checked.value, (int, float)):
            return float(checked.value)
    return None


#: Words of a job that is not the one offered (folded): elsewhere, at another employer, the candidate's job now or kept
#: (:data:`bot.language.cues.CANDIDATES_OWN_JOB`).
_ANOTHER_JOBS = CANDIDATES_OWN_JOB_WORDS
_ANOTHER_JOBS_SAID = CANDIDATES_OWN_JOB


#: Overtime (folded): « sup », « heures supplémentaires ». Not the job's hours right after a figure (« avec 4h sup ») or in a
#: clause without the figure; maybe not further after it (« 35h avec possibilité d'heures sup »).
_OVERTIME_WORDS = r"(?:sup|supp|supplementaires?)"
#: Words after hours that are not the job's weekly hours (folded), up to the next figure: a day's, a Saturday's, overtime, hours
#: now, before, during the training, at first or in a season (« CDI, il sera à 35h, 7h par jour », « …, avec 4h sup », « … mais
#: 20h pendant la formation », « …, 20h la première semaine », « …, contre 20h aujourd'hui », « … et 10h le samedi », « … mais
#: 20h l'été » were 7, 4, 20 … hours a week, « pas éligible »: second review of the session's changes).
_NOT_THE_WEEKS_AFTER = re.compile(
    r"\b(?:par (?:jour|journee)|/ ?(?:jour|j)|quotidien\w*|(?:le|les) (?:samedi|dimanche)s?"
    r"|aujourd hui|actuellement|en ce moment|avant|etait|pendant (?:la|sa) formation|le temps de (?:la |sa )?formation"
    r"|(?:la|les|le) (?:\d+ )?premier\w* (?:jours?|semaines?|mois)|premiere semaine|au debut|(?:l|en) (?:ete|hiver)"
    r"|periode (?:creuse|haute|basse)"
    # another job's: the candidate's now or elsewhere (« elle est en temps partiel 10h par semaine ailleurs », « non les 10h
    # c'est son job actuel ailleurs, chez nous ce serait un CDI 35h » got « Ce n'est pas possible avec 10 h », then no hours:
    # forty-fourth blind user test, u44-09)
    rf"|{_ANOTHER_JOBS})\b"
    # overtime right after the figure (« avec 4h sup », « 4 heures supplémentaires »); « 35h avec possibilité d'heures sup »
    # says the overtime of the 35 h (:data:`_MAYBE_NOT_THE_WEEKS_AFTER`)
    rf"|^\s*(?:de\s+|d\s+)?{_OVERTIME_WORDS}\b"
)
#: … and right after a figure only: a day's, a break's (« 7h/jour », folded « 7h jour »; « 1h de pause »).
_NOT_THE_WEEKS_FIGURE_AFTER = re.compile(r"^\s*(?:jour|j|journee)\b|^\s*(?:de|d)\s+(?:pause|coupure|repas)\b")
#: … and after a figure, words that make it maybe not the job's weekly hours: a break, a possibility, a season, overtime
#: (« 35 heures, avec 1h de pause », « 35h, 39h si besoin », « 35 h mais 39h en haute saison » lost the 35 h: review of the
#: session's changes). They only choose between several figures: a figure said alone with them is the job's (« 35h pause
#: comprise », « 35h avec possibilité d'heures sup », « 28h selon l'activité » lost their only figure: second review).
_MAYBE_NOT_THE_WEEKS_AFTER = re.compile(
    r"\b(?:(?:de )?pause|de coupure|de repas|possibles?|eventuellement|si (?:besoin|necessaire|possible)|en option"
    r"|(?:en )?(?:haute|basse) saison|en saison|selon (?:les |la |l )?(?:besoins?|activite|saison|charge|periode)"
    rf"|{_OVERTIME_WORDS})\b"
)
_POSSIBLE_VERB = r"(?:\s+(?:de|d)\s+(?:passer|monter|aller|faire|evoluer))?"
_FIGURES_BEFORE = r"(?:\s+(?:a|de|d|a partir de))?(?:\s*\d+\s*h\s*\d*\s*(?:a|et)?)*\s*$"
#: … and right before them: a time of day, a figure denied or replaced, a Saturday's, a half day, days, hours now or in a
#: season (« …, fin à 17h », « …, horaires 8h 16h », « … et pas 20h », « il sera à 24h, pas 20h », « … contre 20h »,
#: « 35 heures hebdo et samedi matin 4h », « 30h, 2 jours de 15h »).
_NOT_THE_WEEKS_BEFORE = re.compile(
    r"\b(?:fin|debut|pause|horaires?|contre|au lieu d|plutot que|pas|non|jamais|etait|(?:le|les) (?:samedi|dimanche)s?|au debut"
    r"|aujourd hui|actuellement|en ce moment|pendant (?:la|sa) formation|(?:l|en) (?:ete|hiver)"
    r"|(?:samedi|dimanche)s? (?:matin|apres midi|soir)|(?:jours?|journees?) (?:de|d)"
    # a possibility's figure (« 35h et possibilité de 39h », « oui, possibilité de 39h », « 35h mais possibilité de passer à 39h »)
    r"|possibilite|possible|evoluer|evolution)\b" + _POSSIBLE_VERB + _FIGURES_BEFORE
)
#: … and a doubt before them (« 35h éventuellement 39h », « 24h voire 28h »): maybe not the job's, as
#: :data:`_MAYBE_NOT_THE_WEEKS_AFTER` (« CDI jusqu'à 35h », « peut-être 30h » are the job's 35 and 30 h).
_MAYBE_NOT_THE_WEEKS_BEFORE = re.compile(
    r"\b(?:eventuellement|voire|jusqu a|peut etre)\b" + _FIGURES_BEFORE
)
#: A figure of hours in a hesitation (folded): another figure and « ou » right before it (« 24 ou 28h »), or « ou » and a figure
#: right after it (« 24h ou 28h »): several durations, no hours read (28 h was kept: review of user test 24).
_HESITATED_BEFORE = re.compile(r"\b\d+\s*(?:h|heures?)?\s+ou\s*$")
_HESITATED_AFTER = re.compile(r"\s*ou\s*")
_HOURS_FIGURE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:h|heures?)(?:\s*([0-5]\d)(?!\d|[.,]\d))?(?![a-z])", re.IGNORECASE)


def _figure_hours(figure: re.Match[str]) -> float:
    """The hours of a match of :data:`_HOURS_FIGURE`, its minutes included (« 37h30 » is 37.5)."""
    return float(figure.group(1).replace(",", ".")) + (int(figure.group(2)) / 60 if figure.group(2) else 0)
#: What :func:`_not_the_weeks_hours` says of a figure: not the job's weekly hours, or maybe not (only when another is said).
_NOT_THE_WEEKS, _MAYBE_NOT = "not", "maybe"


def _not_the_weeks_hours(clause: str, hours: float) -> str | None:
    """Whether the ``hours`` read in ``clause`` are no weekly hours of the job (:data:`_NOT_THE_WEEKS`), maybe not
    (:data:`_MAYBE_NOT`: a possibility, a break, a season…, which only choose between several figures), or the job's
    (``None``), by the words around their figure (up to the figures before and after it): :data:`_NOT_THE_WEEKS_AFTER`,
    :data:`_NOT_THE_WEEKS_BEFORE`, :data:`_MAYBE_NOT_THE_WEEKS_AFTER`, :data:`_MAYBE_NOT_THE_WEEKS_BEFORE`."""
    figures = list(_HOURS_FIGURE.finditer(clause))
    at = next((i for i, f in enumerate(figures) if round(_figure_hours(f), 2) == round(hours, 2)), None)
    if at is None:
        plain = normalize(clause)
        return _NOT_THE_WEEKS if _NOT_THE_WEEKS_AFTER.search(plain) or re.search(rf"\b{_OVERTIME_WORDS}\b", plain) else None
    after = normalize(clause[figures[at].end(): figures[at + 1].start() if at + 1 < len(figures) else len(clause)])
    if at + 1 < len(figures):
        # (what follows « sauf », « mais »… is said of the next figure: « il sera à 35h sauf le premier mois à 20h »)
        after = re.split(r"\b(?:sauf|mais|dont|soit|avec|hors)\b", after)[0]
    before = normalize(clause[: figures[at].start()])
    if _HESITATED_BEFORE.search(before) or at + 1 < len(figures) and _HESITATED_AFTER.fullmatch(after):
        return _NOT_THE_WEEKS  # « 20 ou 25 heures », « 24h ou 28h »: several durations, as their question reads them
    if _NOT_THE_WEEKS_BEFORE.search(before) or _NOT_THE_WEEKS_AFTER.search(after) or _NOT_THE_WEEKS_FIGURE_AFTER.search(after):
        return _NOT_THE_WEEKS
    if CANDIDATES_OWN_HOURS_BEFORE.search(before):
        # the candidate's own job kept, said before its hours (« tout en gardant son temps partiel de 20h », « garder ses 15h a la
        # cantine » replaced the job's 28 h, or were its 15 h: forty-seventh blind user test, u47-14, u47-10)
        return _NOT_THE_WEEKS
    if _MAYBE_NOT_THE_WEEKS_BEFORE.search(before) or _MAYBE_NOT_THE_WEEKS_AFTER.search(after):
        return _MAYBE_NOT
    return None


#: Hours said explicitly of the job to come (folded): « il passera à 35h », « il veut 35h », « elle voudrait un temps plein ».
_HOURS_TO_COME = re.compile(r"\b(?:passera|passe|passerait|veut|voudrait|souhaite\w*|augmente\w*|montera)\b")


#: A person's doing in a clause (folded): « elle est à 20h par semaine … », « il fait des extras 15h par semaine », « le candidat
#: fait 20h de bénévolat »: the candidate's hours, not the job's (review of the session's changes).
_SOMEONE_IS = r"(?:le candidat|la candidate|la personne|cette personne|il|elle)\s+(?:est|fait|bosse|travaille)\b"
_SOMEONES_HOURS = re.compile(rf"\b{_SOMEONE_IS}")


#: A working time said without its figure (« temps plein », « mi-temps »): its hours are those of its kind, and a figure said
#: with it tells them (« à temps plein (39h) », « temps plein, 39h » were 35 h or none: review of the session's changes).
_WORKING_TIME = re.compile(r"\b(?:temps (?:plein|complet|partiel)|plein temps|mi[ -]?temps)\b", re.IGNORECASE)


def _clause_hours(clause: str, now: dt.date | None) -> list[tuple[float, str | None, bool]]:
    """The job's hours a clause gives, each with the working time they were read from (``"full"``, ``"part"``) or ``None``
    for a figure, and whether they are maybe not the job's (:data:`_MAYBE_NOT`): a working time said before a figure gives
    both (« CDI temps plein 37,5h »)."""
    hours = hours_said(clause, now)
    if hours is None or (verdict := _not_the_weeks_hours(clause, hours)) == _NOT_THE_WEEKS:
        return []
    maybe = verdict == _MAYBE_NOT
    regime = _WORKING_TIME.search(clause)
    if regime is None:
        return [(hours, None, maybe)]
    kind = "full" if re.search(r"plein|complet", regime.group(0), re.IGNORECASE) else "part"
    blanked = clause[: regime.start()] + " " * len(regime.group(0)) + clause[regime.end():]
    figure = hours_said(blanked, now)
    if figure is None:
        return [(hours, kind, maybe)]
    if figure == hours:
        return [(hours, None, maybe)]
    figure_verdict = _not_the_weeks_hours(blanked, figure)
    return [(hours, kind, maybe)] + ([(figure, None, figure_verdict == _MAYBE_NOT)] if figure_verdict != _NOT_THE_WEEKS else [])


def _told_by_a_figure(kind: str, figures: set[float]) -> bool:
    """Whether the figures said tell a working time's hours (« temps plein, 39h »), rather than contradict it (« temps plein,
    20h »: both kept, several hours, the question is asked)."""
    return bool(figures) and all(figure >= 24 if kind == "full" else figure < 35 for figure in figures)


def job_hours_said(text: str, now: dt.date | None = None) -> float | None:
    """The job's weekly hours a message gives (:func:`hours_said`), without those that are not the job's: the candidate's
    job, now, before or elsewhere (« CDI, il est à 20h dans son job actuel », « elle était à 20h », « il bosse déjà 12h chez
    nous »), a day's, overtime, a break, a possibility, during the training, at first or in a season
    (:func:`_not_the_weeks_hours`). A working time told by a figure is that figure (« temps plein, 39h », « à temps plein
    (39h) »). Of several hours left, those said explicitly of the job to come (« il sera à 20h puis 35h », « CDI, elle est à
    20h mais veut un temps plein », « il passera à 35h, il est à 20h »: review of the session's changes); else none, the
    question is asked (the last was taken: « CDI, il sera à 35h, contre 20h aujourd'hui » was « pas éligible », second review
    of the session's changes): a wrong « pas éligible » is worse than the hours asked later. Every reader of the job's hours
    reads them here: the check, the offer's « oui, … », what the request takes from the check (they disagreed: session of
    2026-12-02). A decimal comma cuts no clause (« 37,5h » was « 5h »: review of the session's changes)."""
    # (A person's « il est … » opens a clause of its own, with or without a comma: « cdi 39h il est au chomage inscrit » read
    # the 39 h as the candidate's: talking to make run, 2026-12-03.)
    pieces = re.split(rf"({CLAUSE_MARK}+|[()]|\s+(?:et|mais|puis|ensuite)\s+|\s+(?={_SOMEONE_IS}))",
                      without_candidate_job(hours_in_figures(text)))
    read: list[tuple[float, bool, str | None, bool]] = []
    for at in range(0, len(pieces), 2):
        clause, plain = pieces[at], normalize(pieces[at])
        if _SOMEONES_HOURS.search(plain) and not hours_of_the_hired(clause, text):
            continue
        after = normalize(pieces[at - 1]) if at else ""
        future = after in ("puis", "ensuite") or _HOURS_TO_COME.search(plain) is not None
        read += [(hours, future, kind, maybe) for hours, kind, maybe in _clause_hours(clause, now)]
    # (hours maybe not the job's only choose between several: « 35h pause comprise », « 28h selon l'activité » are 35 and 28 h)
    said = [(hours, future, kind) for hours, future, kind, maybe in read if not maybe] or [
        (hours, future, kind) for hours, future, kind, _ in read]
    figures = {hours for hours, _, kind in said if kind is None}
    said = [(hours, future, kind) for hours, future, kind in said if kind is None or not _told_by_a_figure(kind, figures)]
    to_come = [hours for hours, future, _ in said if future]
    if to_come or len({hours for hours, _, _ in said}) == 1:
        return (to_come or [h for h, _, _ in said])[-1]
    return None


#: Where weekly hours are said in a sentence, as typed: a range (« entre 28 et 30h », « de 28 à 30 h », « 28-30h », « 28/30h »)
#: or a change's « de X à Y » with its verb (« il passera de 20 à 30h », to Y: it was read as a range, 20 h, « pas éligible »:
#: review of the session's changes), a figure with its week (« 39h par semaine », « 35h hebdo », « 39h/sem »), a full or half
#: working time (« à temps plein »).
_HOURS_SPAN = re.compile(
    rf"(?:(?P<verb>{HOURS_CHANGE_VERB})\s+)?\b(?P<lead>(?:entre|de)\s+)?(?P<low>\d+(?:[.,]\d+)?)\s*(?P<unit>h|heures?)?"
    r"\s*(?:et|à|a|-|/)\s*(?P<high>\d+(?:[.,]\d+)?)\s*(?:h|heures?)\b"
    rf"|{HOURS}(?:\s*(?:/|par|[àa] la)\s*(?:semaine|sem)\b|\s*hebdo\w*)?"
    r"|\b(?:temps (?:plein|complet)|plein temps)\b|\bmi[ -]?temps\b",
    re.IGNORECASE,
)
#: After a range, a figure that takes its place (« de 20 à 30h mais plutôt 30 », « entre 20 et 30h, enfin plutôt 28 »: the
#: range's low end was kept, « pas éligible »: review of the session's changes).
_TAKEN_BACK = re.compile(
    r"\s*[,;]?\s*(?:(?:mais|enfin|ou|non)\s*,?\s+)*(?:plut[oô]t|disons|finalement|en fait|enfin|non)\s*,?\s+(?:[àa]\s+)?"
    r"(?P<figure>\d+(?:[.,]\d+)?)\s*(?:h\b|heures?\b)?(?!\s*(?:postes?|personnes?|salari\w*|candidats?)\b)",
    re.IGNORECASE,
)


def _no_range(match: re.Match[str]) -> bool:
    """Whether a match of :data:`_HOURS_SPAN` with two figures is no range of hours: a count at its hours (« 2 à 35h », « 2/35h »:
    « cdi 2 a 35h » was read as 2 to 35 h, « pas éligible »: review of the session's changes), as :func:`hours_piece` reads it."""
    if match.group("low") is None or match.group("verb"):
        return False
    low, high = (float(match.group(end).replace(",", ".")) for end in ("low", "high"))
    return not (match.group("lead") or match.group("unit")) and low * 2 < high


def _job_hours_span(text: str, now: dt.date | None) -> tuple[FieldResult, int, int, bool] | None:
    """The job's weekly hours a sentence gives (:func:`job_hours_said`) as their question reads them, with where they are said
    (start, end) and whether they are a range read as its low end (not a figure said after it instead: :data:`_TAKEN_BACK`)."""
    text = hours_in_figures(text)
    hours = job_hours_said(text, now)
    if hours is None:
        return None
    at = 0
    while (match := _HOURS_SPAN.search(text, at)) is not None:
        if _no_range(match):
            at = match.start("high")  # (its hours alone: « 35h »)
            continue
        at = match.end()
        checked = validate_field("weekly_hours", match.group(0), now or dt.date.today())
        if checked.kind == VALUE and (checked.value == hours or hours in _figures(match.group(0))):
            if match.group("low") is not None and (back := _TAKEN_BACK.match(text, match.end())) is not None:
                instead = validate_field("weekly_hours", f"{back.group('figure')}h", now or dt.date.today())
                if instead.kind == VALUE:
                    return instead, match.start(), back.end(), False
            return checked, match.start(), match.end(), match.group("low") is not None
    return None


def _figures(said: str) -> list[float]:
    return [float(f.replace(",", ".")) for f in re.findall(r"\d+(?:[.,]\d+)?", said)]


def job_hours_read(text: str, now: dt.date | None = None) -> tuple[FieldResult, str] | None:
    """The job's weekly hours a sentence gives (:func:`job_hours_said`) read as their question reads them (the validator's
    value and warning: « entre 28 et 30h » is 28 h, the range's low end, said so), and the sentence without them (« 2 postes à
    35h » → « 2 postes à »); None when it gives none of the job's. For an answer to another question that says them too."""
    text = hours_in_figures(text)
    read = _job_hours_span(text, now)
    if read is None:
        return None
    checked, start, end, _ = read
    return checked, f"{text[:start]} {text[end:]}".strip()


def job_hours_range(text: str, now: dt.date | None = None) -> tuple[float, float] | None:
    """The two ends of the range of hours a sentence gives as the job's, read as its low end (:func:`job_hours_read`: « CDI,
    entre 20 et 28h » → (20, 28)); None for hours said otherwise. For the check, which says the low end it reads (« entre 20 et
    28h » was 28 h there, « éligible », and 20 h in the request, refused: session of 2026-12-02)."""
    text = hours_in_figures(text)
    read = _job_hours_span(text, now)
    if read is None:
        return None
    checked, start, end, ranged = read
    figures = _figures(text[start:end])
    if ranged and checked.warning and len(figures) == 2 and figures[0] < figures[1] and checked.value == figures[0]:
        return figures[0], figures[1]
    return None


def job_hours_recorded(text: str, now: dt.date | None = None) -> float | None:
    """The job's weekly hours a sentence gives (:func:`job_hours_said`) as their question records them (:func:`job_hours_read`:
    « CDI, entre 28 et 30h selon le planning » in the check is 28 h for the request, as at its question, not 30 h); for what
    the request takes from messages said before it."""
    # (« à 30h par semaine, enfin non 32h » was 30 h: the hours taken back inside the sentence, as their question reads them:
    # forty-seventh blind user test, u47-04.)
    instead = said_instead(text, lambda part: job_hours_said(part, now) is not None)
    text = instead if instead is not None else text
    read = job_hours_read(text, now)
    return float(read[0].value) if read is not None and isinstance(read[0].value, (int, float)) else job_hours_said(text, now)


#: A range of hours as typed (« entre 28 et 30h », « de 28 à 30 h », « 28-30h »), or a change's « de X à Y » with its verb
#: (« il passera de 28h à 35h »): what the hours' validator reads as the range's low end, or as the change's new hours.
_HOURS_RANGE_PIECE = re.compile(
    rf"(?:(?P<verb>{HOURS_CHANGE_VERB})\s+)?\b(?P<lead>(?:entre|de)\s+)?(?P<low>\d+(?:[.,]\d+)?)\s*(?P<unit>h|heures?)?"
    r"\s*(?:et|à|a|-|/)\s*(?P<high>\d+(?:[.,]\d+)?)\s*(?:h|heures?)\b",
    re.IGNORECASE,
)
#: The weekly hours of a clause that also says something else (« 1 poste à 39h »): a figure with « h », maybe monthly.
_HOURS_PIECE = re.compile(rf"{HOURS}(?:\s*(?:par|/)\s*mois\b|\s*mensuel\w*)?", re.IGNORECASE)


def hours_piece(clause: str) -> str:
    """The piece of ``clause`` that gives the weekly hours, for their validator (« vendeur et 2 postes à 35h » → « 35h »): a
    range whole, which it reads as its low end (« cariste, entre 28 et 30h » was « 30h », the one figure with « h »: session of
    2026-12-02), and a change's « de X à Y » with its verb (« passer de 35h à 39h », to Y; it was « 35h »); else the first
    figure with « h », with its month (« 151,67h par mois » is converted, not read per week: twenty-first blind user test),
    or the whole clause."""
    for match in _HOURS_RANGE_PIECE.finditer(clause):
        low, high = (float(match.group(end).replace(",", ".")) for end in ("low", "high"))
        bare = not (match.group("lead") or match.group("unit"))  # (« 2 à 35h » is no range of hours)
        if match.group("verb") and 0 < high <= 48 or low < high <= 48 and high > 24 and not (bare and low * 2 < high):
            return match.group(0)
    if (doubt := HOURS_HESITATION.search(fold(clause))) is not None or (
            (ranged := _HOURS_RANGE_PIECE.search(clause)) is not None and not ranged.group("verb") and _a_weekly_range(ranged)):
        # « 24 ou 28h », « entre 20 et 24h »: whole, the validator reads several durations (the last figure with « h » was
        # kept, 28 h, 24 h: review of user test 24)
        return doubt.group(0) if doubt is not None else ranged.group(0) if ranged is not None else clause
    return m.group(0) if (m := _HOURS_PIECE.search(clause)) else clause


def _a_weekly_range(match: re.Match[str]) -> bool:
    """Whether a range of :data:`_HOURS_RANGE_PIECE` can only be weekly hours: its low end said without « h » (« entre 20 et
    24h », « de 20 à 24h »; « de 9h à 17h », « de 14h à 18h » are times of day), rising, within the week's 48 h, not a count at
    its hours (« 2 à 35h »)."""
    low, high = (float(match.group(end).replace(",", ".")) for end in ("low", "high"))
    bare = not (match.group("lead") or match.group("unit"))
    return not match.group("unit") and low < high <= 48 and not (bare and low * 2 < high)


#: A clause that is only hours said as a hesitation or a range (folded): « 24 ou 28h », « entre 20 et 24h », « de 20 à 24h ».
_ONLY_HOURS = re.compile(
    r"^(?:(?:a|pour|sur|avec)\s+)?(?:entre\s+)?(?:de\s+)?\d+(?:[.,]\d+)?\s*(?:h|heures?)?\s*(?:ou|et|a|-|/)\s*\d+(?:[.,]\d+)?\s*(?:h|heures?)"
    r"(?:\s*(?:par semaine|/\s*sem\w*|hebdo\w*|semaine))?$"
)


def hours_hesitated(clause: str) -> bool:
    """Whether ``clause`` is only weekly hours that their question reads as several durations (« 24 ou 28h », « entre 20 et
    24h »; not « entre 28 et 30h », its low end, nor « de 9h à 17h », times of day)."""
    folded = fold(clause).strip(" .!")
    if not _ONLY_HOURS.match(folded):
        return False
    ranged = _HOURS_RANGE_PIECE.search(clause)
    weekly = HOURS_HESITATION.search(folded) is not None or (ranged is not None and _a_weekly_range(ranged))
    return weekly and validate_field("weekly_hours", clause, dt.date.today()).kind != VALUE


#: The days worked in a week (folded): « 4 jours », « quatre jours par semaine » (not « par jour », « 15 jours de congé »).
_DAYS_A_WEEK = re.compile(r"(?<![\d,.])\b(?P<days>[1-7]|un|deux|trois|quatre|cinq|six|sept)\s*(?:jours?|j)\b(?!\s*(?:de\s+)?(?:conges?|formation|essai|repos|rtt))")
#: A day's hours (folded): « 8 heures par jour », « 7,5h/jour », « 4 jours de 8h » (not « de 8h à 16h »).
_HOURS_A_DAY = re.compile(
    r"(?P<hours>\d{1,2}(?:[.,]\d+)?)\s*(?:h|heures?)\s*(?:par\s+(?:jour|journee)|/\s*(?:jour|j)\b|chaque\s+jour|quotidien\w*)"
    r"|\bjours?\s+de\s+(?P<each>\d{1,2}(?:[.,]\d+)?)\s*(?:h|heures?)\b(?!\s*\d)(?!\s*(?:a|-|jusqu)\s*\d)"
)
#: A working day from one time to another (folded): « de 7h à 15h », « 8h30-16h30 », « de 9 h à 17 h ».
_DAY_SPAN = re.compile(r"(?P<start>\d{1,2})\s*h\s*(?P<start_min>[0-5]\d)?\s*(?:a|-|jusqu a)\s*(?P<end>\d{1,2})\s*h\s*(?P<end_min>[0-5]\d)?")


def days_times_hours(text: str) -> tuple[int, float, float] | None:
    """The days worked in a week, a day's hours and their product, when a sentence says the week as days of so many hours
    (« 4 jours par semaine de 7h à 15h », « 8 heures par jour, 4 jours »: 4 days of 8 h, 32 h; thirty-ninth blind user test);
    None otherwise, or when a weekly figure is said too (« 35h, 5 jours de 7h »), or the product is not a week's hours."""
    folded = fold(text or "")
    days_said = list(_DAYS_A_WEEK.finditer(folded))
    if len(days_said) != 1:
        return None
    said = days_said[0].group("days")
    days = int(said) if said.isdigit() else NUMBER_WORDS[said]
    spans = list(_DAY_SPAN.finditer(folded))
    per_day = list(_HOURS_A_DAY.finditer(folded))
    if len(spans) == 1 and not per_day:
        span = spans[0]
        start = int(span.group("start")) + int(span.group("start_min") or 0) / 60
        end = int(span.group("end")) + int(span.group("end_min") or 0) / 60
        day = end - start
    elif len(per_day) == 1 and not spans:
        day = float((per_day[0].group("hours") or per_day[0].group("each")).replace(",", "."))
    else:
        return None
    week = round(days * day, 2)
    if not 0 < day <= 12 or not 1 <= week <= 48:
        return None
    # (another figure of hours said beside them, the week's own: « 35h, 5 jours de 7h » is read as it is)
    rest = _DAY_SPAN.sub(" ", _HOURS_A_DAY.sub(" ", folded))
    if re.search(r"\d\s*(?:h|heures?)\b", rest):
        return None
    return days, round(day, 2), week


def another_jobs_hours_said(text: str, now: dt.date | None = None) -> float | None:
    """The weekly hours a message gives of a job that is not the one offered, the candidate's now or elsewhere (« et si elle est
    en temps partiel 10h par semaine ailleurs … ? », « il bosse 20h chez un autre employeur »), when it gives none of the job
    offered (:func:`job_hours_said`); else None. (« Ce n'est pas possible avec 10 h » answered the first: forty-fourth blind user
    test, u44-09.)"""
    if job_hours_said(text, now) is not None or (hours := hours_said(text, now)) is None:
        return None
    plain = normalize(without_times_of_day(text or ""))
    now_said = re.search(r"\b(?:actuellement|en ce moment|aujourd hui)\b", plain)
    return hours if _ANOTHER_JOBS_SAID.search(plain) or _SOMEONES_HOURS.search(plain) or now_said else None
