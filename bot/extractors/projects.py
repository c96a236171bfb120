"""Several hiring projects in one message, and what a later answer says of each.

``contracts_said("… un cuisinier en CDI et une serveuse en CDD de 6 mois")`` is ``[("cdi", "cuisinier"), ("cdd",
"serveuse")]``: one request holds one contract, and each contract comes with its own job (the request for the CDD
took the cuisinier of the CDI: forty-second blind user test, u42-07). ``said_of_each("pour le cuisinier pas encore, pour
la serveuse oui …", projects)`` is ``[(0, "pas encore"), (1, "oui …")]``: the words said of each project, named by its job,
its contract or its rank (« le premier … le second … »). Pure, never raises.
"""

from __future__ import annotations

import os
import re

from bot.extractors.contract import extract_contract
from bot.extractors.project import job_alone, stated_job
from bot.language.normalize import fold, normalize
from bot.language.tokens import clean_input

#: Where a first message goes from one post to the next (« …un cuisinier en CDI et une serveuse en CDD de 6 mois »).
_CLAUSES = re.compile(r"[,;.:!?\n()]+|\s+(?:et|mais|puis|plus)\s+", re.IGNORECASE)
#: A clause that opens on someone counted (« une serveuse a Saumur »), folded.
_COUNTED = re.compile(r"^(?:un|une|des|deux|trois|quatre|cinq|\d{1,3})\s+(?P<rest>.+)$")
#: A hiring verb (« on embauche un cuisinier »), folded.
_HIRING = re.compile(r"\b(?:recrut|embauch|engag|cherch|recherch|besoin)\w*")
#: The rank of a post in a list said before (« le premier en CDI et la seconde en CDD »), folded: first or second.
_RANK = re.compile(
    r"^(?:(?:et|mais|alors|puis)\s+)?(?:(?:le|la)\s+(?P<first>premier|premiere|1er|1ere)|(?:le|la)\s+(?P<second>second|seconde|deuxieme|2e|2eme|2nd|2nde)"
    r"|l\s+(?P<one>un|une)|l\s+(?P<other>autre))\b")


def _listed_job(clause: str) -> str | None:
    """The job of a clause that names someone without a contract (« on embauche un cuisinier », « une serveuse a Saumur »)."""
    plain = normalize(clause)
    if _HIRING.search(plain):
        found = stated_job(clause)
        return found[0] if found else None
    counted = _COUNTED.match(plain)
    return job_alone(counted.group("rest")) if counted else None


def _rank(plain: str) -> int | None:
    found = _RANK.match(plain)
    if found is None:
        return None
    return 0 if found.group("first") or found.group("one") else 1


def contracts_said(said: str) -> list[tuple[str, str | None]]:
    """Each contract ``said`` names, in order, with the job said with it (its clause's, or the one of its rank in a list said
    before: « un cuisinier et une serveuse, le premier en CDI et la seconde en CDD de 6 mois »), None when its clause names none
    (« 3 aides-soignants : 2 en CDI et 1 en CDD de 8 mois »: the job of both)."""
    found: list[tuple[str, str | None]] = []
    listed: list[str] = []
    for clause in (c for c in _CLAUSES.split(clean_input(said or "")) if c and c.strip()):
        contract = extract_contract(clause)
        if contract is None:
            if not found and (job := _listed_job(clause)):
                listed.append(job)
            continue
        named = stated_job(clause)
        job = named[0] if named else None
        if job is None and (rank := _rank(normalize(clause))) is not None and len(listed) == 2:
            job = listed[rank]
        if all(contract != c for c, _ in found):
            found.append((contract, job))
    return found


def jobs_of_the_contracts(said: str) -> dict[str, str]:
    """Contract → its own job, when ``said`` names two contracts at least, each with a job of its own (:func:`contracts_said`);
    empty otherwise (one job for all: the job said is then every contract's)."""
    found = contracts_said(said)
    jobs = [job for _, job in found]
    if len(found) < 2 or any(job is None for job in jobs) or len({_head(str(j)) for j in jobs}) < len(jobs):
        return {}
    return {contract: str(job) for contract, job in found}


def _head(job: str) -> str:
    """The job's first word, folded (its gender and number kept: :func:`same_job_word` compares them)."""
    words = fold(job).split()
    return words[0] if words else ""


def same_job_word(said: str, job: str) -> bool:
    """Whether the word ``said`` names ``job`` (its first word), whatever its gender or number (« cuisiniere » for
    « cuisinier », « serveurs » for « serveuse »)."""
    first, second = fold(said), _head(job)
    if not first or not second:
        return False
    common = len(os.path.commonprefix([first, second]))
    return first == second or common >= max(4, min(len(first), len(second)) - 2)


#: What a part of an answer opens with when it is said of one post (« pour le cuisinier », « quant au CDD », « la serveuse : »),
#: folded; ``what``: the job's first word, the contract or the rank.
_SAID_OF = re.compile(
    r"^(?:(?:et|mais|alors|bon|ben|puis|oui|non)\s+)*(?:(?:pour|quant a|quant au|quant aux|concernant|cote|niveau)\s+)?"
    r"(?:(?:le|la|les|l|un|une|du|au|mon|ma|notre)\s+)?(?:(?:poste|contrat)\s+(?:de|d|en)\s+)?(?P<what>[a-z0-9-]+)\b(?P<rest>.*)$")
#: Where an answer goes from one post to the next (« pour le cuisinier pas encore, pour la serveuse oui … »).
_PARTS = re.compile(r"[,;.!?\n]+|\s+(?:et|mais)\s+(?=(?:pour|quant|concernant|le|la|l)\b)", re.IGNORECASE)


def _project_named(plain: str, projects: list[tuple[str, str | None]]) -> tuple[int, str] | None:
    """The project a part of an answer opens with (its index in ``projects``) and the words said of it; None when it opens with
    none."""
    if (rank := _rank(plain)) is not None and rank < len(projects):
        return rank, re.sub(r"^(?:(?:et|mais|alors|puis)\s+)?(?:le|la|l)\s+\S+", "", plain).strip()
    found = _SAID_OF.match(plain)
    if found is None:
        return None
    what, rest = found.group("what"), found.group("rest").strip()
    contract = extract_contract(what)
    for index, (of, job) in enumerate(projects):
        if contract is not None and contract == of or job and same_job_word(what, job):
            if job and len(job.split()) > 1:
                rest = re.sub(rf"^{re.escape(' '.join(fold(job).split()[1:]))}\b", "", rest).strip()  # « aide cuisinier »
            return index, rest
    return None


def said_of_each(text: str, projects: list[tuple[str, str | None]]) -> list[tuple[int, str]] | None:
    """The words ``text`` says of each of ``projects`` (:func:`contracts_said`), each part opening with the project it is said
    of, by its job, its contract or its rank (« pour le cuisinier pas encore, pour la serveuse oui c'est une jeune inscrite a
    france travail », « pour le CDI … pour le CDD … », « le premier … le second … »): ``[(index, words)]``, a part that names
    none going with the one before. None unless the first part names one, and two different projects at least are named."""
    if len(projects) < 2:
        return None
    parts: list[tuple[int, str]] = []
    for piece in (p for p in _PARTS.split(text or "") if p and p.strip()):
        plain = normalize(piece.replace(":", " "))
        named = _project_named(plain, projects)
        if named is not None:
            parts.append(named)
        elif parts:
            parts[-1] = (parts[-1][0], f"{parts[-1][1]}, {plain}".strip(" ,"))
        else:
            return None
    if len({index for index, _ in parts}) < 2 or any(not words for _, words in parts):
        return None
    merged: dict[int, str] = {}
    for index, words in parts:
        merged[index] = f"{merged[index]}, {words}" if index in merged else words
    return list(merged.items())
