"""Wins stated in English, as Thai agencies' English pages and English news sites write them.

"The Department of Lands, Ministry of Interior, received the Quality Agency Award for Digital
Personnel at the Digital Government Awards 2023": the organization is resolved through the
reference table's English names; the award keeps its English name (``award_en``), ``award_th``
stays empty (the text names no Thai award). What an English clause can say:

- who: the organization before the verb (an attached ministry, an organization after "by", "of",
  "under" … is not it); several joined by "and" ("The Revenue Department and the Department of
  Lands each received …"); a person whose job title names the organization ("Mr. A, Deputy
  Director-General of the Department of Fisheries, received …") or who accepts "on behalf of" it;
  "the Department" for the organization named before; the inverted "Also receiving a TQC was X";
- what: a capitalized name with Award, Prize or Class in it; "the same award" (the one before); an
  abbreviation the text expands ("a TQC"); "an Outstanding-level award" (no name, a level); "two
  awards" (a count: no name); "the following awards:" and a bullet per award;
- the level: "Outstanding level", "at the good level", "a Good-level award" -> ระดับดีเด่น / ระดับดี;
- not now: a clause that says "previously", "last year", or an earlier year than the article's
  ("in 2022 the Department received …"), before the verb or just after the award.

A Thai article costs one count of the letter e (``is_english``): nothing else runs on it. Its English
lines ("PWA receives NACC Integrity Award" under a Thai headline) repeat what its Thai says.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from pipeline import thai
from pipeline.model import Award, Evidence, Org, Person
from pipeline.orgs import OrgFinder
from pipeline.textmatch import line_end

ENGLISH_E_SHARE = 0.04  # English prose: 0.08-0.12 (a page's menu lines included); Thai articles: under 0.02
# The verbs' words, found with str.find; _RE_WIN then reads the verb at each ("was awarded", "has won").
_VERBS = (
    "received",
    "receives",
    "Receives",
    "won",
    "wins",
    "Wins",
    "awarded",
    "accepted",
    "took home",
    "takes home",
    "presented with",
    "honoured with",
    "honored with",
    "secured",
    "claimed",
    "among the",  # "were among the winners of", "were among the agencies honoured with"
    "among this",  # "were also among this year's winners"
    "honoured at",  # "was also honoured at the Department Level"
    "the only",  # "Chiang Mai was the only province to win at the outstanding level"
    "honored at",
    "took the",  # "took the award at the local level", "took the top award"
    "given",  # "was given a good-level award"
    "recognised",  # "was also recognised at the same ceremony with a Good-level award"
    "named",  # "was named an Outstanding Digital Government Agency"
    "recognized",
    *("the winners", "the winner", "winners", "winner", "the recipients", "recipients"),  # "A and B were the winners"
)
_RE_AUX_BEFORE = re.compile(r"(?:has|have|had|was|were)\s(?:also\s)?(?:been\s)?$")
_RE_WIN = re.compile(
    r"\b(?:(?:has|have|had)\s)?(?:received|receives|Receives|won|wins|Wins|was awarded|were awarded|accepted|"
    r"took home|takes home|(?:was|were) presented with|(?:was|were) honou?red with|secured|claimed|"
    r"(?:was|were) given(?=\s(?:an?|the)\s(?:[\w-]+\s){0,3}(?:award|prize)\b)|"
    r"(?:was|were) among the (?:winners|recipients)(?: of|(?=\sat\sthe\s\w+[- ]level\b))|"
    # "were also among this year's winners", "was also honoured at the Department Level this year"
    r"(?:was|were)\s(?:also\s)?among\s(?:this|last)\syear's\s(?:winners|recipients)(?=[\s.,;])|"
    r"(?:was|were)\s(?:also\s)?honou?red(?=\sat\sthe\s[\w-]+[- ][Ll]evel\b)|"
    r"(?:was|were)\sthe\sonly\s[a-z]+\sto\swin(?=\sat\sthe\s[\w-]+[- ]level\b)|"  # "was the only province to win at …"
    r"(?:was|were) among the (?:\w+\s){1,2}honou?red (?:with|at)|"
    # "was also recognised at the … with a …", "was named an Outstanding … Agency"
    r"(?:was|were)\s(?:also\s)?recogni[sz]ed\s(?:[^.\n,]{0,50}?\s)?with|"
    r"(?:was|were)\s(?:also\s)?recogni[sz]ed(?=\sat\sthe\s(?:[Oo]utstanding|[Gg]ood|[Ee]xcellent)[- ]level)|"
    r"(?:was|were|has been|have been) named(?=\s(?:an?|the)\s(?:[Oo]utstanding|[Ee]xcellent|[Bb]est|Good)\b)|"
    # "A and B were the winners": a group's winners (its award said before: "In the local government category, …")
    r"(?:was|were)\s(?:the\s)?(?:winners?|recipients?)(?=[\s.,;])|"
    r"took(?=\sthe\s(?:(?:[\w-]+\s){0,3}(?:[Aa]ward|[Pp]rize|honou?r)\b|\"[A-Z])))(?:\s+|(?<=s|r)(?=[.,;]))"
)
_RE_NEGATED = re.compile(r"(?:\bnot|\bnever|n't|\bneither|\bnone)\s(?:yet\s)?$")  # ("though neither was among …")
_RE_INVERTED = re.compile(
    r"(?:Also\s+|also\s+)?(?:receiving|winning)\s+(?=(?:the|an?)\s)(?P<object>[^.;\n]{3,120}?)\s+"
    r"(?:(?:this|last) year\s+|at the same ceremony\s+)?(?:was|were)\s+(?=(?:the\s)?[A-Z])"
)
# Clauses end at a line break, a semicolon, a colon or a sentence end (not the dot of "Mr." or "Dr.").
_CLAUSE_ENDS = ("\n", ";", ": ")
_SENTENCE_ENDS = (". ", "! ", "? ", ".\n")
_RE_ABBREVIATION_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Assoc|Asst|No|St)|\b[A-Z])$")
_CAP = r"[A-Z][\w&'’-]*"
_WHEN = (  # a day or a month after "on"/"in" ends a name: "… Excellence Awards on Tuesday", "… in September"
    r"(?!\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
_RE_NAME = re.compile(
    rf"{_CAP}(?:\s(?:(?:of|for|in{_WHEN}|on{_WHEN}|and|the|&)\s)*{_CAP}){{0,12}}"
    r"(?:\s\([^()\n]{1,40}\))?(?:\s[Aa]wards?\b)?"
)
_RE_LEVEL_BEFORE_NAME = re.compile(r"(Outstanding|outstanding|Good|good)[- ]level\s(?=[A-Z])")  # "an outstanding-level
# Public Sector Excellence Award": the level, then the award's name
_RE_QUOTED_AWARD = re.compile(r"\"([A-Z][^\"\n]{2,100})\"\s(?:award|prize|Award|Prize)s?\b")
_RE_AWARD_WORD = re.compile(r"\b(?:Awards?|awards?|Prize|Trophy|Class)\b")
_RE_ARTICLE = re.compile(r"(?:the|an?|its|their)\s+")
_RE_NAMED_TITLE = re.compile(
    r"(?:outstanding|best|excellent)\s(?:[a-z-]+\s)?"
    r"(?:province|agency|department|municipality|organi[sz]ation|office|hospital|city|university)\b"
)
# "was also honoured at the Department Level", "was the only province to win at …": the award named before
_RE_HONOURED_AT = re.compile(r"(?:honou?red|to\swin)\s*$")
_RE_WINNERS_VERB = re.compile(r"(?<!among the )(?:winners?|recipients?)\s*$")  # (not "were among the winners of")
_RE_CLAUSE_CATEGORY = re.compile(r"\s?In\sthe\s((?:[\w-]+\s){1,5}(?:category|level)),\s")
_RE_THE_AWARD = re.compile(r"(?:the|this|an?)\s(?:award|honou?r|prize)\b")
# "the same award", "in the same category" (won again what was named before), "it" ("… won it at local level")
_RE_THAI_NAME = re.compile(
    r"\s?(?:(?:19|20)\d\d\s?)?\(((?:รางวัล|โล่)[^()\n]{2,80})\)"
)  # the award's Thai name, in brackets after it
_RE_DESCRIBED = re.compile(r"the\s((?:(?!award|prize)[a-z-]+\s){1,4}(?:award|prize))\b")
_RE_SAME = re.compile(  # (and "won at the provincial level": the award before, at another scope)
    r"(?:in\s)?(?:the\s)?same\s(?:award|honou?r|prize|recognition|category)\b|it\b|(?=at\sthe\s\w+[- ]level\b)"
)
_RE_COUNT = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d{1,2})\s(?:[\w-]+\s){0,6}?[Aa]wards\b"
)
_RE_FOLLOWING = re.compile(r"(?:the\s)?following\s(?:\w+\s)?(?:awards?|honou?rs|prizes)[^:\n]{0,80}:\s*\n")
_RE_BULLET = re.compile(r"[ \t]*(?:[-•*]|\d{1,2}[.)])\s+")
_RE_LEVEL = re.compile(r"\b(Outstanding|outstanding|Good|good)[- ]level\b")
_LEVELS = {"outstanding": "ระดับดีเด่น", "good": "ระดับดี"}
_RE_LEVEL_NOUN = re.compile(r"(?:an?\s)?(?:Outstanding|outstanding|Good|good)[- ]level\s(?:award|prize|honou?r)s?\b")
_RE_CATEGORY = re.compile(
    r"(?:,\s|\sin\sthe\s)((?:[A-Z][\w-]*\s){1,5}(?:category|type|branch))\b|,\s(?:the\s)?((?:[A-Z][\w-]*\s){1,5}(?:category|type))\b"
)
_RE_LOWER_CATEGORY = re.compile(r"\sin\sthe\s((?:[a-z][\w-]*\s){1,5}category)\b")
_RE_BACKGROUND = re.compile(
    r"\b(?:[Pp]reviously|[Ll]ast year|[Ii]n the past|[Ii]n previous years|(?:[Ii]n|[Ff]or) ((?:19|20)\d\d))\b"
)
_RE_AWARDS_YEAR = re.compile(r"\bAwards?\s((?:19|20)\d\d)\b")
_RE_PERSON = re.compile(
    r"(?:(?:Assoc|Asst)\.\s?Prof\.\s?|Prof\.\s?|Pol\.\s?[A-Z][a-z]+\.\s?|Gen\.\s?)?(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s"
    r"(?:Dr\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}"
)
_RE_ON_BEHALF = re.compile(r"\bon behalf of\s(?:the\s)?")
_RE_OTHERS_WON = re.compile(r"\bcongratulat|\b(?:its|their)\s(?:\w+\s)?(?:agencies|units|departments|offices)\b")
_RE_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:by|from|of|under|with|to|at|for|as)\s(?:the\s)?$")
_RE_JOIN = re.compile(r"(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s|The\s)?")
_RE_ANAPHORA = re.compile(
    r"\b[Tt]he\s(Department|Authority|Office|Agency|Institute|Province|Municipality|University|Hospital|Organi[sz]ation)\b"
)
# Organizations named in English that the trie of reference names does not see as they are written.
_EN_HEADS = (
    r"Department|Ministry|Office|Agency|Authority|Province|Municipality|Organi[sz]ation|Hospital|University|"
    r"Institute|Commission|Bureau|Bank|Court|Center|Centre|Corporation|Administration"
)
_RE_EN_ORG = re.compile(
    rf"(?:[A-Z][\w'’&-]*\s(?:(?:of|the|and|for)\s)*)*?(?:{_EN_HEADS})\b(?:\s(?:(?:of|the|and|for)\s)*[A-Z][\w'’&-]*)*"
)
_RE_TITLE_START = re.compile(
    r"^(?:The\s)?(?:Deputy\s|Assistant\s|Acting\s)*(?:Director|Governor|Minister|President|Secretary|Chairman|"
    r"Chairperson|Chief|Head|Commissioner|Permanent\sSecretary|Spokesperson|Rector|Mayor)\S*\s(?:[\w-]+\s)*?of\s(?:the\s)?"
)
_BRITISH = (("Organisation", "Organization"), ("Centre", "Center"), ("Programme", "Program"))


def is_english(text: str) -> bool:
    """An English page: the letter e makes about a tenth of English prose, and next to nothing of a Thai
    article (its English names and abbreviations). One count over the first 3,000 characters."""
    return text.count("e", 0, 3000) >= ENGLISH_E_SHARE * min(len(text), 3000) > 0


def english_awards(text: str, orgs: OrgFinder) -> list[Award]:
    """The wins an English page states and the ones it lists; a Thai article (most) is told apart once."""
    if not is_english(text):
        return []
    return (
        english_wins(text, orgs)
        + english_lists(text, orgs)
        + winners_were(text, orgs)
        + winners_by_scope(text, orgs)
        + went_to(text, orgs)
        + winner_lines(text, orgs)
        + award_dash_lines(text, orgs)
        + winners_table(text, orgs)
    )


def english_wins(text: str, orgs: OrgFinder) -> list[Award]:
    if not is_english(text):
        return []
    verbs, inverted = _verbs(text), _inverted(text)
    if not verbs and not inverted:
        return []
    reader = _Reader(text, orgs, [m.start() for m in verbs])
    for m in sorted(verbs + inverted, key=lambda m: m.start()):
        if m.re is _RE_INVERTED:
            reader.inverted(m)
        elif not _RE_NEGATED.search(text, max(0, m.start() - 12), m.start()):
            reader.win(m.start(), m.end())
    return _without_headlines(reader.found, _body_start(text))


def _verbs(text: str) -> list[re.Match]:
    """Every win verb, found from its word: "received", "has won", "was awarded" …"""
    found = {}
    for word in _VERBS:
        i = text.find(word)
        while i != -1:
            if not _inside_word(text, i, i + len(word)):
                aux = _RE_AUX_BEFORE.search(text, max(0, i - 16), i)
                m = (aux and _RE_WIN.match(text, aux.start())) or _RE_WIN.match(text, i)
                if m:
                    found[m.start()] = m
            i = text.find(word, i + len(word))
    return list(found.values())


def _inverted(text: str) -> list[re.Match]:
    """ "Also receiving a TQC this year was …", found from "receiving" and "winning"."""
    found = []
    for word in ("receiving ", "winning "):
        i = text.find(word)
        while i != -1:
            start = i - 5 if text[max(0, i - 5) : i] in ("Also ", "also ") else i
            m = None if _inside_word(text, i, i + len(word) - 1) else _RE_INVERTED.match(text, start)
            if m:
                found.append(m)
            i = text.find(word, i + len(word))
    return found


def _body_start(text: str) -> int:
    """Where the body starts: the first line of at least 150 characters (above it: site name, headline)."""
    pos = 0
    for line in text.split("\n"):
        if len(line) >= 150:
            return pos
        pos += len(line) + 1
    return 0


def _without_headlines(found: list[Award], body: int) -> list[Award]:
    """A headline's win of an organization that the body says won: the headline words the body's award
    its own way ("wins Digital Workforce award" above "received the Quality Agency Award for Digital
    Personnel"); the body's wording is the award."""
    in_body = {a.recipient.name_th for a in found if a.evidence.start >= body}
    kept = [a for a in found if a.evidence.start >= body or a.recipient.name_th not in in_body]
    for award in found:
        if award not in kept:
            twin = next(a for a in kept if a.recipient.name_th == award.recipient.name_th)
            twin.representative = twin.representative or award.representative
            twin.level = twin.level or award.level
    return kept


class _Reader:
    def __init__(self, text: str, orgs: OrgFinder, verbs: list[int]) -> None:
        self.text, self.orgs, self.verbs = text, orgs, sorted(verbs)
        self.found: list[Award] = []
        self.prev_end = 0  # where the last win's object ended: the next subject starts after it
        self._known: list[Org] | None = None
        self._generic: dict[tuple[int, int], list[Org]] = {}
        self._year: int | bool | None = False  # False: not looked up yet

    # --- the parts of a clause -------------------------------------------------------------------

    def win(self, start: int, end: int) -> None:
        text = self.text
        clause = _clause_start(text, start)
        grouped = _RE_WINNERS_VERB.search(text, start, end) or _RE_HONOURED_AT.search(text, start, end)
        obj = self._object(end) if not grouped else self._group_award(clause, end)
        if obj is None:
            return  # "OPDC received 1,043 applications": not an award
        name, level, obj_end, items = obj
        clause_end = self._clause_end(obj_end)
        if self._background(clause, min(clause_end, obj_end + 60)):  # not "the awards, first given in 2003"
            self.prev_end = obj_end
            return
        region = max(clause, self.prev_end if self.prev_end <= start else 0)
        subjects, person = self._subjects(region, start, obj_end, clause_end)
        self.prev_end = obj_end
        if not subjects:
            return
        level = level or _level(text, obj_end, clause_end)
        thai_name = _RE_THAI_NAME.match(text, obj_end)  # "the Public Sector Excellence Awards 2025 (รางวัลเลิศรัฐ)"
        for org in subjects:
            for item_name, item_level, item_end in items or [(name, level, obj_end)]:
                self._add(org, item_name, item_level, item_end, person, award_th=thai_name and thai_name.group(1))

    def _group_award(self, clause: int, end: int):
        """ "In the local government category, A and B were the winners": the category the clause opens with, else
        the award named last, is what they won."""
        category = _RE_CLAUSE_CATEGORY.match(self.text, clause)
        if category is not None:
            return category.group(1), None, end, None
        prev = self.found[-1] if self.found else None
        return (prev.award_en if prev else None), None, end, None

    def inverted(self, m: re.Match) -> None:
        """ "Also receiving a TQC this year was the Provincial Electricity Authority (PEA).\""""
        obj = self._object(m.start("object"))
        if obj is None:
            return
        name, level, _, _ = obj
        end = _clause_end_at(self.text, m.end())
        if self._background(_clause_start(self.text, m.start()), end):
            return
        subjects = self._joined([o for o in self._mentions_in(m.end(), end) if o.evidence.start <= m.end() + 4])
        for org in subjects:
            self._add(org, name, level or _level(self.text, m.end(), end), end, None, start=m.start())

    def _add(
        self, org: Org, name, level, end: int, person: Person | None, start: int | None = None, award_th=None
    ) -> None:
        begin = min(org.evidence.start, start if start is not None else org.evidence.start)
        if person is not None:
            begin = min(begin, person.evidence.start)
        end = max(end, org.evidence.end)
        award = Award(org, award_th, Evidence.of(self.text, begin, end), award_en=name, level=level)
        award.representative = person
        # Not in the reference: a Thai name built from a province's ("… Provincial Administrative Organisation")
        # is kept, flagged by its missing id; an English name alone is said, not counted, for a curator.
        award.confidence = 0.8 if org.org_id else 0.6 if not org.name_th.isascii() else 0.3
        self.found.append(award)

    def _object(self, pos: int):
        """(name, level, end, items) of what was won, or None when it is no award."""
        text = self.text
        if m := _RE_SAME.match(text, pos):
            prev = self.found[-1] if self.found else None
            return (prev.award_en if prev else None), (prev.level if prev else None), m.end(), None
        if m := _RE_FOLLOWING.match(text, pos):
            items = self._items(m.end())
            return (None, None, m.end(), items) if items else None
        if m := _RE_COUNT.match(text, pos):
            return None, None, m.end(), None  # "two Public Sector Excellence Awards": a count, the names follow
        if m := _RE_LEVEL_NOUN.match(text, pos):
            return self._in_category(m.end()), _level(text, m.start(), m.end()), m.end(), None
        if m := _RE_DESCRIBED.match(text, pos):  # "the participatory governance award": described, not named
            return m.group(1), None, m.end(), None
        if m := _RE_THE_AWARD.match(text, pos):  # "the award": the one named before; "an award": none named
            prev = self.found[-1] if self.found and not m.group(0).startswith("a") else None
            return (prev.award_en if prev else None), (prev.level if prev else None), m.end(), None
        article = _RE_ARTICLE.match(text, pos)
        at = article.end() if article else pos
        if m := _RE_LEVEL_NOUN.match(text, at):
            return self._in_category(m.end()), _level(text, m.start(), m.end()), m.end(), None
        if m := _RE_QUOTED_AWARD.match(text, at):  # 'the "Outstanding Digital Government Agency" award'
            return m.group(1).strip(), None, m.end(), None
        if text.startswith("named", pos - 6) and (title := _RE_NAMED_TITLE.match(text, at)):
            return title.group(0), None, title.end(), None  # "Khon Kaen was named the outstanding province"
        before = _RE_LEVEL_BEFORE_NAME.match(text, at)
        named = _RE_NAME.match(text, before.end()) if before else None
        if named and _RE_AWARD_WORD.search(named.group(0)):
            return _award_name(text, named.group(0), named.end()), _level(text, at, before.end()), named.end(), None
        name = _RE_NAME.match(text, at)
        if name is None:
            return None
        raw = name.group(0)
        if not _RE_AWARD_WORD.search(raw) and text.startswith("named", pos - 6):
            return raw, None, name.end(), None  # "was named an Outstanding Digital Government Agency": the title won
        if not _RE_AWARD_WORD.search(raw):
            expanded = self._expansion(raw) if raw.isupper() else None
            if expanded is None:
                return None
            return expanded, None, name.end(), None
        return _award_name(text, raw, name.end()), None, name.end(), None

    def _in_category(self, pos: int) -> str | None:
        """ "an outstanding-level award in the public service category": the programme the story named before,
        in that category ("Public Sector Excellence Awards 2024, public service category"); None if either is
        not said."""
        from pipeline.extract.merge import programme_of  # (merge imports events, which imports this module)

        category = _RE_LOWER_CATEGORY.match(self.text, pos)
        named = [n for n in _RE_AWARD_BEFORE.findall(self.text, 0, pos) if programme_of(n)] if category else None
        return f"{named[-1].strip()}, {category.group(1)}" if named else None

    def _items(self, pos: int) -> list[tuple[str | None, str | None, int]]:
        """The bullets under "accepted the following awards:", one award each."""
        text, items = self.text, []
        while pos < len(text):
            bullet = _RE_BULLET.match(text, pos)
            if not bullet:
                break
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            name = _RE_NAME.match(text, bullet.end())
            if name and _RE_AWARD_WORD.search(name.group(0)):
                items.append(
                    (_award_name(text, name.group(0), name.end()), _level(text, name.end(), line_end), line_end)
                )
            pos = line_end + 1
        return items

    def _expansion(self, abbr: str) -> str | None:
        """ "a TQC" where the text wrote "Thailand Quality Class (TQC)" before."""
        pattern = rf"((?:{_CAP}\s(?:(?:of|for|and)\s)?){{1,8}})\({re.escape(abbr)}\)"
        names = [m.group(1).strip() for m in re.finditer(pattern, self.text) if _RE_AWARD_WORD.search(m.group(1))]
        return min(names, key=len) if names else None

    def _clause_end(self, pos: int) -> int:
        end = _clause_end_at(self.text, pos)
        after = bisect_left(self.verbs, pos)
        return min(end, self.verbs[after]) if after < len(self.verbs) else end

    def _background(self, start: int, end: int) -> bool:
        """A win the clause places before the article's year ("previously", "in 2020")."""
        for m in _RE_BACKGROUND.finditer(self.text, start, end):
            if m.group(1) is None:
                return True
            year = self._article_year()
            if year and int(m.group(1)) < year:
                return True
        return False

    def _article_year(self) -> int | None:
        """The year of the awards the article is about: "… Awards 2024", else its first date's."""
        if self._year is False:
            named = _RE_AWARDS_YEAR.search(self.text)
            dated = [d.date for d in thai.find_dates(self.text) if d.date]
            self._year = int(named.group(1)) if named else dated[0].year if dated else None
        return self._year

    # --- who ---------------------------------------------------------------------------------------

    def _subjects(self, region: int, verb: int, obj_end: int, clause_end: int) -> tuple[list[Org], Person | None]:
        text = self.text
        person = _person(text, region, verb)
        if person is not None:
            behalf = _RE_ON_BEHALF.search(text, obj_end, clause_end)
            if behalf:
                after = self._mentions_in(behalf.end(), clause_end)
                if after and after[0].evidence.start == behalf.end():
                    return [after[0]], person
                if _RE_ANAPHORA.match(text, behalf.start() + len("on behalf of ")):
                    own = self._in_title(person, verb) or self._anaphora(behalf.end() - 4)
                    return ([own] if own else []), person
            own = self._in_title(person, verb)
            return ([own] if own else []), person
        candidates = [o for o in self._mentions_in(region, verb) if not _not_subject(text, o, region)]
        if candidates and _RE_OTHERS_WON.search(text, candidates[-1].evidence.end, verb):
            return [], None  # "The Ministry … congratulates five of its agencies that received …": not the ministry
        if candidates:
            return self._joined(candidates), None
        anaphora = _RE_ANAPHORA.search(text, region, verb)
        if anaphora:
            org = self._anaphora(anaphora.start())
            return ([org] if org else []), None
        return self._provinces_before(region, verb), None

    def _provinces_before(self, region: int, verb: int) -> list[Org]:
        """ "At provincial level, Phuket and Khon Kaen won the award": provinces by their names alone, right
        before the verb."""
        m = _RE_PLACES.search(self.text, region, verb)
        if m is None:
            return []
        found = []
        for place in _RE_PLACE.finditer(self.text, m.start(), m.end()):
            org_id = self.orgs.ref.resolve(f"{place.group(0)} Province")
            if org_id is None or not org_id.startswith("province-"):
                return []
            found.append(_org(self.orgs, org_id, place.group(0), self.text, place.start()))
        return found

    def _in_title(self, person: Person, verb: int) -> Org | None:
        inside = self._mentions_in(person.evidence.start + len(person.name_th), verb)
        if inside:
            person.organization = inside[0]
            return inside[0]
        return None

    def _joined(self, candidates: list[Org]) -> list[Org]:
        """The first organization and those joined to it by "and" (a list "A, B and C"); an attached
        ministry ("The Department of Lands, Ministry of Interior,") is the first one's parent."""
        chain, joins = [candidates[0]], []
        for org in candidates[1:]:
            join = _RE_JOIN.fullmatch(self.text, chain[-1].evidence.end, org.evidence.start)
            if not join:
                break
            chain.append(org)
            joins.append(join.group(0))
        if not any("and" in j or "&" in j for j in joins):
            chain = chain[:1]
        parents = set()
        for org in chain:
            if org.org_id:
                parents.update(self.orgs.ref.parent_chain(org.org_id)[1:])
        return [o for o in chain if o.org_id not in parents or o.org_id is None]

    def _anaphora(self, pos: int) -> Org | None:
        """ "the Department": the last recipient named so, else the first organization of the text named so."""
        m = _RE_ANAPHORA.match(self.text, pos)
        noun = m.group(1).replace("Organis", "Organiz") if m else "Department"
        for award in reversed(self.found):
            if noun in award.recipient.stated or noun in self._english(award.recipient):
                return award.recipient
        return next((o for o in self._mentions() if o.org_id and noun in self._english(o)), None)

    def _english(self, org: Org) -> str:
        return self.orgs.ref.orgs[org.org_id].name_en if org.org_id in self.orgs.ref.orgs else org.stated

    def _mentions_in(self, start: int, end: int) -> list[Org]:
        """English organization mentions in ``text[start:end]``: the reference's, and names ending in an
        English head word ("… Provincial Administrative Organisation", "… Hospital") found in that range."""
        known = [o for o in self._mentions() if start <= o.evidence.start and o.evidence.end <= end]
        if (start, end) not in self._generic:
            taken = [(o.evidence.start, o.evidence.end) for o in known]
            generic = []
            for m in _RE_EN_ORG.finditer(self.text, start, end):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    for a, b in _split_at_and(self.text, m.start(), m.end()):
                        org = _resolve_english(self.text, a, b, self.orgs)
                        generic += [org] if org is not None else []
            self._generic[(start, end)] = generic
        return sorted(known + self._generic[(start, end)], key=lambda o: o.evidence.start)

    def _mentions(self) -> list[Org]:
        """The reference's organizations written in English (not inside a word: "depa" in "department")."""
        if self._known is None:
            text = self.text
            self._known = [
                o
                for o in self.orgs.find_all()
                if o.stated.isascii() and not _inside_word(text, o.evidence.start, o.evidence.end)
            ]
        return self._known


def _clause_start(text: str, pos: int) -> int:
    """Just after the last clause end before ``pos`` (at most 400 characters back)."""
    low = max(0, pos - 400)
    best = max((i + len(mark) for mark in _CLAUSE_ENDS if (i := text.rfind(mark, low, pos)) != -1), default=low)
    for mark in _SENTENCE_ENDS:
        i = text.rfind(mark, low, pos)
        while i > best and _RE_ABBREVIATION_END.search(text, max(0, i - 6), i):
            i = text.rfind(mark, low, i)
        best = max(best, i + 1)
    return max(best, low)


def _clause_end_at(text: str, pos: int) -> int:
    """The first clause end at or after ``pos``."""
    ends = [text.find(mark, pos) for mark in _CLAUSE_ENDS]
    for mark in _SENTENCE_ENDS:
        i = text.find(mark, pos)
        while i != -1 and _RE_ABBREVIATION_END.search(text, max(0, i - 6), i):
            i = text.find(mark, i + 1)
        ends.append(i)
    found = [i for i in ends if i != -1]
    return min(found) if found else len(text)


def _level(text: str, start: int, end: int) -> str | None:
    m = _RE_LEVEL.search(text, start, end)
    return _LEVELS[m.group(1).lower()] if m else None


def _award_name(text: str, raw: str, end: int) -> str:
    """The award as written, with its category ("…, Service Innovation category"); "(TQC) award" dropped."""
    name = re.sub(r"\s\([A-Z]{2,8}\)(?:\s[Aa]wards?)?$", "", raw)
    name = re.sub(r"\s(?:19|20)\d\d$", "", name).strip()
    parts = [name]
    year = re.match(r"\s(?:19|20)\d\d\b", text[end : end + 6])
    pos = end + (year.end() if year else 0)
    while m := _RE_CATEGORY.match(text, pos):
        parts.append((m.group(1) or m.group(2)).strip())
        pos = m.end()
    return ", ".join(parts)


def _person(text: str, start: int, verb: int) -> Person | None:
    """A person who is the clause's subject: at its head, or after an opening phrase and its comma or dash
    ("On Friday, November 29, 2024, Mr. A, Deputy Governor, received"); not one after "by" ("presided
    over by Deputy Prime Minister Mr. A, the Department … received")."""
    for m in _RE_PERSON.finditer(text, start, verb):
        before = text[start : m.start()]
        if before.strip() and not re.search(r"[,–—-]\s$", before):
            continue
        title_end = text.find(",", m.end() + 2, verb)
        title = text[m.end() : verb].strip(" ,")
        honorific = m.group(0).split(".")[0]
        evidence = Evidence.of(text, m.start(), title_end if title_end > 0 else m.end())
        return Person(m.group(0), honorific, title or None, evidence)
    return None


def _not_subject(text: str, org: Org, region: int) -> bool:
    """An organization after "by", "of", "under" … in the subject part, or one whose "'s" makes it a modifier."""
    if re.match(r"['’]s\b|\s(?:agencies|units|staff|officials)\b", text[org.evidence.end : org.evidence.end + 12]):
        return True
    return bool(_RE_NOT_SUBJECT_BEFORE.search(text, max(region, org.evidence.start - 12), org.evidence.start))


def _inside_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()) or (
        end < len(text) and text[end].isascii() and text[end].isalnum()
    )


_PLACE = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
_RE_PLACE = re.compile(_PLACE)
_RE_PLACES = re.compile(rf"{_PLACE}(?:(?:,\s|\sand\s|,\sand\s){_PLACE})*\s(?:province\s)?$")
_RE_HEAD_AND = re.compile(rf"(?:{_EN_HEADS})\s(?:and|&)\s")


def _split_at_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Phuket Provincial Administrative Organisation and Yala City Municipality": two names, each ending in its
    head word (not "Ministry of Digital Economy and Society", whose "and" stands inside one)."""
    m = _RE_HEAD_AND.search(text, start, end)
    if m is None or not re.search(rf"(?:{_EN_HEADS})$", text[start:end]):
        return [(start, end)]
    cut = m.start() + m.group(0).index(" ")
    return [(start, cut), *_split_at_and(text, m.end(), end)]


def _resolve_english(text: str, start: int, end: int, orgs: OrgFinder) -> Org | None:
    """An English name the reference knows in another spelling or with a title before it; a municipality
    or provincial administration named by its province; else the name as written, unresolved."""
    name = text[start:end]
    title = _RE_TITLE_START.match(name)
    if title:
        start, name = start + title.end(), name[title.end() :]
    if name.startswith("The "):
        start, name = start + 4, name[4:]
    if not name or name.split()[0] in ("Among", "This", "In", "On", "At", "Also", "Both"):
        return None
    org_id = orgs.ref.resolve(_american(name))
    if org_id is not None:
        return _org(orgs, org_id, name, text, start)
    local = _local(name, orgs)
    if local is not None:
        return orgs.named(local, Evidence.of(text, start, start + len(name)))
    if len(name.split()) < 2 or not re.search(rf"(?:{_EN_HEADS})$|^(?:{_EN_HEADS})\sof\s", name):
        return None
    return Org(name, name, Evidence.of(text, start, start + len(name)))


def _org(orgs: OrgFinder, org_id: str, name: str, text: str, start: int) -> Org:
    org = orgs.named(orgs.ref.orgs[org_id].name_th, Evidence.of(text, start, start + len(name)))
    org.stated = name
    return org


def _american(name: str) -> str:
    for british, american in _BRITISH:
        name = name.replace(british, american)
    return name


_RE_LOCAL = re.compile(
    r"^([A-Z][A-Za-z ]+?)\s(City Municipality|Town Municipality|Subdistrict Municipality|"
    r"Provincial Administrative Organi[sz]ation|Hospital)$"
)
_LOCAL = {
    "City Municipality": "เทศบาลนคร",
    "Town Municipality": "เทศบาลเมือง",
    "Subdistrict Municipality": "เทศบาลตำบล",
    "Provincial Administrative Organisation": "องค์การบริหารส่วนจังหวัด",
    "Provincial Administrative Organization": "องค์การบริหารส่วนจังหวัด",
    "Hospital": "โรงพยาบาล",  # "Khon Kaen Hospital": the province's hospital, โรงพยาบาลขอนแก่น
}


def _local(name: str, orgs: OrgFinder) -> str | None:
    """ "Nonthaburi City Municipality" -> เทศบาลนครนนทบุรี, "Khon Kaen Hospital" -> โรงพยาบาลขอนแก่น: the kind's Thai head
    and the province's Thai name
    ("Nakhon Nonthaburi City Municipality": the Thai นคร written out, unless it begins the province's name)."""
    m = _RE_LOCAL.match(name)
    province = orgs.ref.resolve(f"{m.group(1)} Province") if m else None
    if province is None and m and m.group(1).startswith("Nakhon ") and m.group(2) == "City Municipality":
        province = orgs.ref.resolve(f"{m.group(1).removeprefix('Nakhon ')} Province")
    if province is None:
        return None
    return _LOCAL[m.group(2)] + orgs.ref.orgs[province].name_th.removeprefix("จังหวัด")


_RE_EN_HEADING = re.compile(r"^([A-Z][^\n.:]{2,90}Awards?\b[^\n.:]{0,60})$", re.M)
_RE_EN_ITEM = re.compile(r"[-•*]\s+|\d{1,2}[.)]\s+")


def english_lists(text: str, orgs: OrgFinder) -> list[Award]:
    """An English results page: an award heading, then its winners one per line ("- Customs Department, …")."""
    if not is_english(text):
        return []
    found = []
    for heading in _RE_EN_HEADING.finditer(text):
        pos = heading.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            item = _RE_EN_ITEM.match(text, pos)
            if not item:
                break
            org = _english_org(text, item.end(), line_end, orgs)
            if org is not None:
                evidence = Evidence.of(text, heading.start(), line_end)
                found.append(Award(org, None, evidence, award_en=_clean(heading.group(1)), confidence=0.8))
            pos = line_end + 1
    return found


# "- Data Governance Awards – Department of Disease Control; Office of Agricultural Economics (Good)": an award, a dash,
# its winners (";" or ", " or " and " between them), their level in brackets at the end.
_RE_AWARD_DASH_LINE = re.compile(
    r"^[ \t]*(?:[-•*]|\d{1,2}[.)])\s+([A-Z][^\n–—]{2,80}?\b(?:Awards?|Prize))\s[–—-]\s([^\n]+?)"
    r"(?:\s\((Outstanding|outstanding|Good|good|Excellent)(?:[- ]level)?\))?[ \t]*$",
    re.M,
)
_RE_WINNER_SPLIT = re.compile(r";\s|,\s(?:and\s)?|\sand\s")


def award_dash_lines(text: str, orgs: OrgFinder) -> list[Award]:
    """ "The winners are:\n- Open Data Awards – Department of Groundwater Resources (Outstanding)\n- Data Governance
    Awards – Department of Disease Control; Office of Agricultural Economics (Good)": each line's winners."""
    found = []
    if "–" not in text and " - " not in text and "—" not in text:
        return found
    for m in _RE_AWARD_DASH_LINE.finditer(text):
        level = _LEVELS.get(m.group(3).lower()) if m.group(3) else None
        pos = m.start(2)
        for part in _RE_WINNER_SPLIT.split(m.group(2)):
            start = text.find(part, pos, m.end(2))
            if start < 0 or not part.strip():
                continue
            pos = start + len(part)
            org = _english_org(text, start, start + len(part), orgs)
            if org is not None:
                evidence = Evidence.of(text, m.start(1), m.end())
                found.append(Award(org, None, evidence, award_en=_clean(m.group(1)), level=level, confidence=0.8))
    return found


_RE_TABLE_HEADER = re.compile(
    r"^\|([^\n]*\b(?:Category|Award)\b[^\n]*\b(?:Winners?|Recipients?|Agency)\b[^\n]*)\|[ \t]*$", re.M
)


def winners_table(text: str, orgs: OrgFinder) -> list[Award]:
    """ "| Category | Winner |\n|---|---|\n| Open Data Awards | Department of Disease Control |": an English results
    table, the award of each row in its category column, its winner in the winner's."""
    if "|" not in text:
        return []
    from pipeline.extract.grids import _is_rule, _split  # (grids imports awards, which imports this module)

    found = []
    for header in _RE_TABLE_HEADER.finditer(text):
        names = [c.strip() for c in header.group(1).split("|")]
        award = next((i for i, c in enumerate(names) if re.match(r"(?:Category|Award)", c)), -1)
        winner = next((i for i, c in enumerate(names) if re.match(r"(?:Winners?|Recipients?|Agency)", c)), -1)
        start = header.end() + 1
        while award >= 0 and winner >= 0 and start < len(text):
            end = line_end(text, start)
            cells = _split(text[start:end])
            if cells is None:
                break
            row, start = start, end + 1
            if _is_rule(cells) or max(award, winner) >= len(cells) or not cells[award][1]:
                continue  # (the rule under the header; a row with no award)
            offset, name = cells[winner]
            org = _english_org(text, row + offset, row + offset + len(name), orgs) if name else None
            if org is not None:
                found.append(Award(org, None, Evidence.of(text, row, end), award_en=cells[award][1], confidence=0.8))
    return found


def _english_org(text: str, start: int, end: int, orgs: OrgFinder):
    """The organization an English item names: a reference English name (the whole line, as "Office of the
    Permanent Secretary, Ministry of Commerce" is one; else without "The" and without the ", Ministry of …"
    after it), or a municipality or provincial administration named by its province's English name."""
    line = text[start:end].strip()
    unbracketed = line[: line.index(" (")] if line.endswith(")") and " (" in line else line  # "… Authority (PEA)"
    for name in (line, line.split(",")[0].strip(), unbracketed):
        bare = name.removeprefix("The ").strip()
        org_id = orgs.ref.resolve(_american(bare))
        if org_id is not None:
            return orgs.named(orgs.ref.orgs[org_id].name_th, Evidence.of(text, start, start + len(name)))
    name = line.split(",")[0].strip().removeprefix("The ").strip()
    local = _local(name, orgs)
    if local:
        return orgs.named(local, Evidence.of(text, start, start + len(line.split(",")[0])))
    return None


def _clean(heading: str) -> str:
    return re.sub(r"\s+", " ", heading.replace("–", "-")).strip()


# "The winners were: the Revenue Department and the Department of Medical Services (Public Sector Management Quality
# Award); the Department of Lands and the Social Security Office (Public Service Award, outstanding level); and
# Sakon Nakhon Province (Participatory Governance Award, outstanding level)."
_RE_WINNERS = re.compile(
    r"\b(?:[Tt]he\s)?(?:(?:[Oo]ther\s)?winners|recipients|awardees)\s(?:at\sthe\s(?:ceremony|event)\s)?"
    r"(?:were|are|included|include)\s?:?\s+"
)
_RE_GROUP = re.compile(  # (each group ends at ";", ".", or ", " or " and " before the next name)
    r"([^;()]+?)\s\(([^()\n]{3,120})\)\s*(?=;|\.(?:\s|$)|,\s(?:and\s)?(?:the\s)?[A-Z]|\sand\s(?:the\s)?[A-Z]|$)"
)
_RE_LEAD_WORDS = re.compile(r"^(?:and\s+)?(?:the\s+)?", re.I)
_RE_NAMES_SPLIT = re.compile(r",\s(?:and\s)?|\s(?:and|as well as)\s")


def winners_were(text: str, orgs: OrgFinder) -> list[Award]:
    """Winners listed in groups, each with its award in brackets after it, in one sentence."""
    found = []
    if "winners" not in text and "recipients" not in text and "awardees" not in text:
        return found  # (the pattern's words: most pages have none, and it is tried at every letter)
    for m in _RE_WINNERS.finditer(text):
        end = text.find("\n", m.end())
        for group in _RE_GROUP.finditer(text, m.end(), len(text) if end < 0 else end):
            said = _group_award(text, group, m.start())
            if said is None:
                continue  # "(NSO)", "(2024)": no award in the brackets
            award, level = said
            evidence = Evidence.of(text, m.start(), group.end())
            for org in _group_orgs(text, group, orgs):
                found.append(Award(org, None, evidence, award_en=award or None, level=level, confidence=0.8))
    return found


_SCOPES = "department|provincial|local|ministry|ministerial"  # an award's scopes, as English stories say them
# "winners of the Outstanding Digital Government Agency Award were A and B at the department level, C at the
# provincial level, and D at the local level."
_RE_WINNERS_OF = re.compile(  # (or "the Outstanding Digital Government Agency Award went to A and B at the …")
    rf"\b(?:[Ww]inners of the ((?:{_CAP}\s){{1,8}}?Awards?(?:\s(?:19|20)\d\d)?)"
    rf"(?:\s\((?:{_SCOPES})[- ]level\))?\s(?:were|are|included|include):?|"
    rf"[Tt]he ((?:{_CAP}\s){{1,8}}?Award)\swent\sto|"
    # "Other winners at the ceremony included A and B in the department-level category, C at provincial level …":
    # the award named before
    r"(?P<unnamed>[Oo]ther\swinners(?:\s(?:at|of)\sthe\s(?:ceremony|event|awards?))?\s(?:were|included|include):?))\s+"
)
_RE_SCOPE_GROUP = re.compile(
    r"(?:to\s)?(.+?)\s(?:at\s(?:the\s)?|in\sthe\s)(department|provincial|local|ministry|ministerial)[- ]level"
    r"(?:\scategory)?(?:,\s(?:and\s)?|\sand\s|\.(?:\s|$)|$)"
)
# "… were: at the department level, A and B; at the provincial level, C; and at the local level, D." (scope first)
_RE_SCOPE_FIRST_GROUP = re.compile(
    r"(?:and\s)?at\sthe\s(?:department|provincial|local|ministry|ministerial)[- ]level,?\s(.+?)(?:;\s|\.(?:\s|$)|$)"
)


def winners_by_scope(text: str, orgs: OrgFinder) -> list[Award]:
    found = []
    if "inners of the" not in text and "went" not in text and "ther winners" not in text:
        return found  # (the pattern's words: most pages have none, and it is tried at every letter)
    for m in _RE_WINNERS_OF.finditer(text):
        award = m.group(1) or m.group(2) or _award_before(text, m.start(), start=0)
        if award is None:
            continue
        if text.startswith("\n", m.end() - 1) or text.startswith(("\n- ", "\n• ", "\n* "), m.end()):
            found += _bulleted(text, m, award, orgs)  # "Winners of the X Award were:\n- The Revenue Department\n- …"
            continue
        end = text.find(".", m.end())
        end = len(text) if end < 0 else end + 1
        pos = m.end()
        while (
            group := _RE_SCOPE_FIRST_GROUP.match(text, pos, end) or _RE_SCOPE_GROUP.match(text, pos, end)
        ) is not None:
            evidence = Evidence.of(
                text, m.start(), group.end(2) + len(" level") if group.re is _RE_SCOPE_GROUP else group.end(1)
            )
            for org in _group_orgs(text, group, orgs):
                found.append(Award(org, None, evidence, award_en=_clean(award), confidence=0.8))
            pos = group.end()
    return found


def _bulleted(text: str, m: re.Match, award: str, orgs: OrgFinder) -> list[Award]:
    """The winners on the bulleted lines right below "Winners of the X Award were:"."""
    found, pos = [], text.find("\n", m.end() - 1) + 1
    while pos > 0 and text.startswith(("- ", "• ", "* "), pos):
        end = line_end(text, pos)
        org = _english_org(text, pos + 2, end, orgs)
        if org is not None:
            found.append(Award(org, None, Evidence.of(text, m.start(), end), award_en=_clean(award), confidence=0.8))
        pos = end + 1 if end < len(text) else -1
    return found


# "the Outstanding Digital Government Agency Award at the department level went to the Revenue Department, while the
# award at the provincial level went to Lamphun Province. At the local level, the award was presented to …": an award
# (or "the award", the one named before) at a scope, handed to its winners.
_RE_WENT_TO = re.compile(
    rf"\b(?:[Tt]he\s((?:{_CAP}\s){{1,8}}?Award)|the\s(?:same\s)?award)(?:\sat\s(?:the\s)?(?:{_SCOPES})[- ]level)?"
    r"\s(?:went|was\spresented|was\sgiven|was\shanded)\sto\s+(.+?)(?=[.;,\n]|\swhile\b|\s(?:for|with)\s(?:its|their)\b|$)"
)


def went_to(text: str, orgs: OrgFinder) -> list[Award]:
    found = []
    if not any(word in text for word in ("went", "presented", "given", "handed")):
        return found  # (the pattern's verbs: most pages have none, and it is tried at every letter)
    for m in _RE_WENT_TO.finditer(text):
        award = m.group(1) or _award_before(text, m.start(), start=0)  # (said in the paragraph before, too)
        said = text[max(0, m.start() - 40) : m.end(2)]
        if not award or (m.group(1) is None and "level" not in said and "category" not in said):
            continue  # "the award went to …" with no scope or category said: a sentence _Reader reads, or none
        evidence = Evidence.of(text, m.start(), m.end())
        for org in _group_orgs(text, m, orgs, 2):
            found.append(Award(org, None, evidence, award_en=_clean(award), confidence=0.8))
    return found


def _group_award(text: str, group: re.Match, sentence: int) -> tuple[str, str | None] | None:
    """(award, level) of a group's brackets; "(department level)" is the award named before, at that scope."""
    award, _, rest = group.group(2).partition(",")
    if _RE_SCOPE_ONLY.fullmatch(award.strip()):
        award = _award_before(text, sentence) or ""
    elif not _RE_AWARD_WORD.search(award):
        return None
    return _clean(award), _level(rest, 0, len(rest))


def _group_orgs(text: str, group: re.Match, orgs: OrgFinder, index: int = 1):
    """The organizations a group names: "the Department of Lands, the Marine Department and Khon Kaen Province"."""
    pos = group.start(index)
    for name in _RE_NAMES_SPLIT.split(group.group(index)):
        start = text.find(name, pos, group.end(index))
        if start < 0:
            continue
        pos = start + len(name)
        bare = _RE_LEAD_WORDS.sub("", name.strip())
        begin = start + name.find(bare)
        org = _english_org(text, begin, begin + len(bare), orgs) if bare else None
        if org is not None:
            yield org


_RE_SCOPE_ONLY = re.compile(rf"(?:the\s)?(?:{_SCOPES}|province)[- ]level", re.I)
_RE_AWARD_BEFORE = re.compile(r"\b(?:the\s)?((?:[A-Z][\w&'’-]*\s){1,6}Awards?(?:\s\d{4})?)")


def _award_before(text: str, pos: int, start: int | None = None) -> str | None:
    """The last award named before ``pos`` ("received the Digital Government Award 2024 …"), in its paragraph
    unless a ``start`` is given."""
    start = text.rfind("\n", 0, pos) + 1 if start is None else start
    names = _RE_AWARD_BEFORE.findall(text, start, pos)
    return names[-1].strip() if names else None


# "- The Customs Department: Public Service Award, Service Innovation category, good level": winner, colon, award
_RE_WINNER_LINE = re.compile(rf"^{_RE_BULLET.pattern}([^:\n]{{3,120}}):\s+([^\n]*?\b(?:Award|Prize)s?\b[^\n]*)$", re.M)


def _winner_line_matches(text: str):
    """``_RE_WINNER_LINE.finditer(text)``, tried only at the starts of lines that open with a bullet or a number (the
    pattern's ^ is otherwise tried at every letter). Its bullet's \\s+ may cross a line: a match can hold the next
    line start, which finditer would not try."""
    if ":" not in text:
        return
    done, start = 0, 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start >= done and text[start:end].lstrip(" \t")[:1] in _BULLET_FIRSTS:
            m = _RE_WINNER_LINE.match(text, start)
            if m:
                done = m.end() + 1  # (the next match starts on a later line)
                yield m
        start = end + 1


_BULLET_FIRSTS = frozenset("-•*0123456789")  # what _RE_BULLET starts with, after spaces and tabs


def winner_lines(text: str, orgs: OrgFinder) -> list[Award]:
    found = []
    for m in _winner_line_matches(text):
        org = _english_org(text, m.start(1), m.end(1), orgs)
        if org is None:
            continue
        award, level = _clean(m.group(2).split(",")[0]), _level(text, m.start(2), m.end(2))
        evidence = Evidence.of(text, m.start(1), m.end(2))
        found.append(Award(org, None, evidence, award_en=award, level=level, confidence=0.8))
    return found


# --- when ------------------------------------------------------------------------------------------

_WEEKDAY_NAMES = "|".join(w.title() for w in thai.ENGLISH_WEEKDAYS)
_MONTH_NAMES = "|".join([*(m.title() for m in thai.ENGLISH_MONTHS), *(m[:3].title() for m in thai.ENGLISH_MONTHS)])
# "on Monday", "on Thursday (December 19)", "on Thursday, Sept 18", "on Nov 17": a day said without its year, in a
# news story dated by its byline.
_RE_ON_DAY = re.compile(
    rf"\bon\s(?:(?P<weekday>{_WEEKDAY_NAMES})(?:\s?\(|,\s)?)?"
    rf"(?:(?P<month>{_MONTH_NAMES})\.?\s(?P<day>\d{{1,2}})\b)?"
)
_RE_WIN_WORDS = re.compile(
    r"\b(?:won|wins|received|presented|honou?red|handed out|awarded|[Aa]wards?|ceremony|named)\b"
)
# "… presented … today.", "… received the award yesterday": the story's day, or the day before.
_RE_RELATIVE_DAY = re.compile(
    r"\b(?:(?:earlier\s)?today|this\s(?:morning|afternoon|evening)|(?P<before>yesterday|last\snight))\b"
)


def event_date(
    text: str, body_start: int, published: dt.date | None, edition: dt.date | None = None
) -> thai.DateMention | None:
    """The day an English story's ceremony took place, said without a year ("on Monday", "on Thursday
    (December 19)", "on Nov 17"): the last such day on or before the story's date, in a sentence of the win;
    "today", "yesterday": the story's date, the day before. With no story's date, a month and day ("on Monday,
    November 17") in the year of the edition the story names (``edition``: the last day of that year)."""
    if (published is None and edition is None) or not is_english(text):
        return None
    days = [m for m in _RE_ON_DAY.finditer(text, body_start) if m.group("month" if published is None else "weekday")
            or m.group("month")]  # fmt: skip
    relative_days = _RE_RELATIVE_DAY.finditer(text, body_start) if published is not None else ()
    anchor = published or edition
    # (a day with its month first: "said on Thursday" tells when it was said, "on Tuesday, December 16" the day)
    for m in sorted([*days, *relative_days], key=lambda m: (m.re is not _RE_ON_DAY or not m.group("month"), m.start())):
        start = text.rfind(".", 0, m.start()) + 1
        end = text.find(".", m.end())
        if not _RE_WIN_WORDS.search(text, start, len(text) if end < 0 else end):
            continue
        if m.re is _RE_RELATIVE_DAY:
            offset = -1 if m.group("before") else 0
            return thai.DateMention(
                m.start(), m.end(), m.group(0), published + dt.timedelta(offset), relative=offset, era="CE"
            )
        date = _on_or_before(anchor, m)
        if date is not None:
            weekday = thai.ENGLISH_WEEKDAYS.index(m.group("weekday").lower()) if m.group("weekday") else None
            said = m.group(0).rstrip(" ,(")
            return thai.DateMention(m.start(), m.start() + len(said), said, date, weekday, era="CE")
    return None


def _on_or_before(published: dt.date, m: re.Match) -> dt.date | None:
    if m.group("month"):
        month = next(i for i, n in enumerate(thai.ENGLISH_MONTHS, 1) if n.startswith(m.group("month").lower()))
        for year in (published.year, published.year - 1):
            try:
                date = dt.date(year, month, int(m.group("day")))
            except ValueError:
                return None
            if date <= published:
                return date
        return None
    weekday = thai.ENGLISH_WEEKDAYS.index(m.group("weekday").lower())
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
