"""One row per (recipient, award) within an article.

Headline and body often word one award differently ("หน่วยงานคุณภาพด้านเปิดเผยข้อมูล" above,
the full name below): a headline award merges into a body award it resembles. A programme's
own name ("รางวัลเลิศรัฐ", "DIGI Data Awards 2024") next to the specific awards of the same recipient, and a win with no
award named next to named ones, add nothing but their representative.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.extract.events import programmes
from pipeline.extract.names import award_key
from pipeline.model import Award

DOUBTFUL = 0.35  # below this a win is reported as a warning, not as a fact
HEADLINE_LIKENESS = 0.8
SHARED_RUN = 12  # letters a headline's qualifier shares in one run with the body's award name (merge._programme_part)
_RE_PREFIX = re.compile(r"^(?:รางวัล|โล่)\s?")
_RE_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&\-]*")
_RE_CAPITALS = re.compile(r"\b[A-Z][A-Z&]{1,9}\b")
_RE_NOT_THAI = re.compile("[^ก-๛]+")
_RE_CE_YEAR = re.compile(r"\s(?:19|20)\d\d$")


def merge(awards: list[Award], body: int, ref=None, programme: str | None = None) -> list[Award]:
    """``programme``: the article's event programme, the one an award that names none belongs to."""
    merged: list[Award] = []
    by_recipient: dict[str | None, list[Award]] = {}  # a twin has the same recipient (_same): look among those only
    for award in awards:
        group = by_recipient.setdefault(award.recipient.name_th, [])
        twin = next((a for a in group if _same(a, award, body)), None)
        if twin is None:
            merged.append(award)
            group.append(award)
        else:
            _absorb(twin, award, body)
    merged = _without_aggregates(merged, ref)
    merged = _without_broader(merged)
    specific = {
        (a.recipient.name_th, programme_of(name) or programme)
        for a in merged
        if (name := a.award_th or a.award_en) and not is_programme_name(name)
    }
    named = {a.recipient.name_th for a in merged if a.award_th or a.award_en}
    thai_named = {a.recipient.name_th for a in merged if a.award_th}
    body_wins = [  # the wins the body names (not one it only half says): what a headline's wording may be
        a for a in merged if a.evidence.start >= body and a.confidence >= DOUBTFUL and (a.award_th or a.award_en)
    ]
    result = []
    for award in merged:
        recipient = award.recipient.name_th
        generic = (
            (award.award_th is None and award.award_en is None and recipient in named)
            or (
                award.award_th is None and recipient in thai_named  # an English name of a win named in Thai
            )
            or (
                (name := award.award_th or award.award_en)
                and is_programme_name(name)
                and _has_specific(award, specific)
            )
            or _headline_summary(award, body_wins, body)
            or _headline_paraphrase(award, merged, body_wins, body)
        )
        if generic:
            _hand_over(award, merged)
            continue
        result.append(award)
    return result


def _headline_summary(award: Award, body_wins: list[Award], body: int) -> bool:
    """ "มหาวิทยาลัยมหิดลรับรางวัล DIGI Data Awards 2023 ด้านธรรมาภิบาลข้อมูล" in the headline over a body that names the
    win ("Data Governance Awards"): the headline's wording with its programme's name is that win, said shorter."""
    name = award.award_th or award.award_en
    if award.evidence.start >= body or not name or programme_of(name) is None:
        return False
    return any(other.recipient.name_th == award.recipient.name_th for other in body_wins)


def _headline_paraphrase(award: Award, awards: list[Award], body_wins: list[Award], body: int) -> bool:
    """ "คพ. รับรางวัลด้านข้อมูลเปิดภาครัฐ" over a body whose one win of it is "รางวัลหน่วยงานที่มีการเปิดเผยข้อมูลดีเด่น":
    a headline's own wording, which no win of the body has, is the body's one win of the same recipient."""
    name = award.award_th or award.award_en
    if award.evidence.start >= body or not name:
        return False
    key = award_key(name)
    if any(key in (k := award_key(a.award_th or a.award_en)) or k in key for a in body_wins):
        return False  # (the body says it too: a win of its own)
    recipient = award.recipient.name_th
    said_above = [a for a in awards if a.evidence.start < body and a.recipient.name_th == recipient]
    own = [a for a in body_wins if a.recipient.name_th == recipient]
    # (one win above, one below, and that one names more than its programme: "เข้ารับรางวัลเลิศรัฐ ประจำปี 2565" is none)
    return len(said_above) == 1 and len(own) == 1 and not is_programme_name(own[0].award_th or own[0].award_en)


def _without_broader(awards: list[Award]) -> list[Award]:
    """ "รางวัลเลิศรัฐ สาขาบริการภาครัฐ" (the list's heading) beside "รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ"
    (the item's own) for one recipient: the broader name is the same win, said less precisely."""
    keep = []
    by_recipient: dict[str | None, list[Award]] = {}
    for award in awards:
        by_recipient.setdefault(award.recipient.name_th, []).append(award)
    for award in awards:
        key = _core(award.award_th)
        narrower = key and any(
            other is not award
            and (award.level is None or award.level == other.level)
            and key != (other_key := _core(other.award_th))
            and key in other_key
            for other in by_recipient[award.recipient.name_th]
        )
        if narrower:
            _hand_over(award, awards)
        else:
            keep.append(award)
    return keep


@lru_cache(maxsize=4096)
def _core(name: str | None) -> str:
    """An award's name without its programme's name and the word สาขา: what distinguishes it."""
    key = award_key(name)
    for programme in programmes():
        key = key.replace(award_key(programme.name_th), "")
    return key.replace("สาขา", "")


def _without_aggregates(awards: list[Award], ref) -> list[Award]:
    """A ministry said to win ("ก.อุตฯ กวาด 6 รางวัล") when the article lists its agencies as winners:
    the agencies won; the ministry's line is a total, not an award of its own."""
    if ref is None:
        return awards
    parents, by_parent = set(), {}
    for org_id in {a.recipient.org_id for a in awards if a.recipient.org_id}:  # one chain per organization
        for parent in ref.ancestors(org_id):
            parents.add(parent)
            by_parent.setdefault(parent, set()).add(org_id)
    won_by: dict[str, set[str]] = {}  # award key -> who won it
    for a in awards:
        if a.award_th and a.recipient.org_id:
            won_by.setdefault(award_key(a.award_th), set()).add(a.recipient.org_id)
    return [
        a
        for a in awards
        if a.recipient.org_id not in parents
        or (
            ((a.award_th and not is_programme_name(a.award_th)) or a.award_en)
            # "ศธ. รับรางวัล… ระดับกรม" over its departments that each won it: theirs, not the ministry's
            and not (a.award_th and won_by.get(award_key(a.award_th), set()) & by_parent[a.recipient.org_id])
        )
    ]


@lru_cache(maxsize=4096)
def _likeness_cached(a: str, b: str) -> float:
    return _likeness(a, b)


@lru_cache(maxsize=4096)
def is_programme_name(name: str) -> bool:
    """True when an award name is only its programme's name: รางวัลเลิศรัฐ, รางวัลรัฐบาลดิจิทัล."""
    name = name.strip().lower()  # programme patterns are lower-case (events._caseless)
    bare = _RE_PREFIX.sub("", _RE_CE_YEAR.sub("", name))  # "DIGI Data Awards 2024": the programme's edition
    return any(p.pattern.fullmatch(name) or p.pattern.fullmatch(bare) for p in programmes())


def _has_specific(award: Award, specific: set) -> bool:
    """ "รางวัลเลิศรัฐ" beside "รางวัลเลิศรัฐ สาขา…" of the same recipient adds nothing; beside an award of
    another programme (รางวัลองค์กรโปร่งใส and an ITA award) it is an award of its own."""
    recipient, own = award.recipient.name_th, programme_of(award.award_th or award.award_en)
    return (recipient, own) in specific or (recipient, None) in specific or own is None


@lru_cache(maxsize=4096)
def programme_of(name: str | None) -> str | None:
    """The programme an award name names (รางวัลเลิศรัฐ สาขา… -> public-sector-excellence-awards), if any."""
    if not name:
        return None
    lower = name.lower()
    return next((p.programme_id for p in programmes() if p.pattern.search(lower)), None)


def _hand_over(award: Award, merged: list[Award]) -> None:
    for other in merged:
        if other is not award and other.recipient.name_th == award.recipient.name_th:
            other.representative = other.representative or award.representative


def _same(a: Award, b: Award, body: int) -> bool:
    if a.recipient.name_th != b.recipient.name_th:
        return False
    if a.level and b.level and a.level != b.level:
        return False
    ka, kb = award_key(a.award_th or a.award_en), award_key(b.award_th or b.award_en)
    if ka == kb:
        return True
    if not ka or not kb:
        return False
    if a.level != b.level and (a.level and b.level):
        return False
    if _same_abbreviation(a, b):
        return True
    in_headline = a.evidence.start < body or b.evidence.start < body
    return in_headline and (
        _likeness_cached(ka, kb) >= HEADLINE_LIKENESS
        or _english_part(a, b)
        or _english_part(b, a)
        or _programme_part(a, b)
        or _programme_part(b, a)
    )


_RE_QUALIFIER = re.compile(r"^(?:ด้าน|ประเภท|สาขา)\s?")


def _programme_part(short: Award, full: Award) -> bool:
    """ "รางวัล DIGI Data Awards 2025 ด้านการเปิดเผยข้อมูล" in a headline and "รางวัลการเปิดเผยข้อมูลภาครัฐดีเด่น" in
    the body: the programme's name and a qualifier whose words are in the body's name."""
    if not (short.award_th and full.award_th) or (own := programme_of(short.award_th)) is None:
        return False
    if programme_of(full.award_th) not in (None, own):
        return False
    rest = _RE_PREFIX.sub("", short.award_th)
    pattern = next(p.pattern for p in programmes() if p.programme_id == own)
    m = pattern.match(rest.lower())  # the programme's name first, then what qualifies it
    if m is None:
        return False
    rest = _RE_QUALIFIER.sub("", _RE_EDITION_YEAR.sub("", rest[m.end() :]).strip())
    if len(rest) < 4:
        return False
    # (in the body's words, or nearly: "ด้านการเปิดเผยข้อมูลภาครัฐ" above, "หน่วยงานที่เปิดเผยข้อมูลภาครัฐดีเด่น" below)
    key, full_key = award_key(rest), award_key(full.award_th)
    if key in full_key or _likeness_cached(key, full_key) >= HEADLINE_LIKENESS:
        return True
    # "ด้านการเปิดเผยข้อมูลเพื่อสาธารณะ" above, "หน่วยงานที่มีการเปิดเผยข้อมูลเปิดภาครัฐดีเด่น" below: a long run of words shared
    common = SequenceMatcher(None, key, full_key, autojunk=False).find_longest_match(0, len(key), 0, len(full_key))
    return common.size >= SHARED_RUN


_RE_EDITION_YEAR = re.compile(r"^\s?(?:ประจำปี\s?)?\d{4}\s?")


def _english_part(short: Award, full: Award) -> bool:
    """ "รางวัล Digital Service Award" or "รางวัล DIGI Data Awards 2024 ประเภทการเปิดเผยข้อมูลเปิดภาครัฐ" in a headline,
    and "รางวัลบริการดิจิทัลภาครัฐดีเด่น (Outstanding Digital Service Award)" or "รางวัลหน่วยงานต้นแบบด้านข้อมูลภาครัฐ
    ประเภทการเปิดเผยข้อมูลเปิดภาครัฐ" with its English "DIGI Data Awards 2024" in the body: the headline's English
    words are the body's English name's, and its Thai words are in the body's Thai name."""
    if not (short.award_th and full.award_en):
        return False
    rest = _RE_PREFIX.sub("", short.award_th)
    words = {w.lower() for w in _RE_LATIN_WORD.findall(rest)}
    if not words or not words <= {w.lower() for w in _RE_LATIN_WORD.findall(full.award_en)}:
        return False
    thai = _RE_NOT_THAI.sub(" ", rest).split()
    return all(part in (full.award_th or "") for part in thai)


def _same_abbreviation(a: Award, b: Award) -> bool:
    """ "รางวัล ITA ดีเด่น" in a headline or "รางวัล PMQA" in a list, and the award whose English is
    "ITA" or "Public Sector Management Quality Award : PMQA": one award."""
    for short, full in ((a, b), (b, a)):
        if not (full.award_en and short.award_th and full.award_th):
            continue
        latin = set(_RE_LATIN_WORD.findall(short.award_th))
        if latin and latin <= _abbreviations(full.award_en):
            return True
    return False


def _abbreviations(english: str) -> set[str]:
    return {english.strip(), *_RE_CAPITALS.findall(english)}


def _likeness(a: str, b: str) -> float:
    """Share of the shorter name found, in order, in the longer one."""
    short, long = sorted((a, b), key=len)
    if not short:
        return 0.0
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(short)


def _absorb(keep: Award, other: Award, body: int = 0) -> None:
    """The fuller name wins; between a headline's wording and the body's of one award, the body's
    (a headline shortens and misspells: ดิจิตอล above, ดิจิทัล below)."""
    headline_only = keep.evidence.start < body <= other.evidence.start
    body_only = other.evidence.start < body <= keep.evidence.start
    if (headline_only and other.award_th) or (not body_only and len(other.award_th or "") > len(keep.award_th or "")):
        keep.award_th, keep.evidence = other.award_th, other.evidence
    keep.award_en = keep.award_en or other.award_en
    keep.level = keep.level or other.level
    keep.representative = keep.representative or other.representative
    keep.confidence = max(keep.confidence, other.confidence)
