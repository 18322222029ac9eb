"""events._programme skips lower-casing the text when no Latin anchor can be in it: the same programme and mention
as a search of the lower-cased text, also with the characters whose lower case is ASCII (İ, the Kelvin sign)."""

import pytest

from pipeline.extract import events


def _over_lower(text: str, body_start: int):
    best, best_key = (None, None), None
    lower = text.lower()
    for programme, finder in events._anchored():
        found = list(finder.finditer(lower))
        in_body = [m for m in found if m.start() >= body_start] or found
        if in_body and (best_key is None or (len(in_body), -in_body[0].start()) > best_key):
            best, best_key = (programme, in_body[0]), (len(in_body), -in_body[0].start())
    return best


@pytest.mark.parametrize(
    "text",
    [
        "กรมได้รับรางวัลเลิศรัฐ ประจำปี 2566 และรางวัลเลิศรัฐอีก",
        "İ กรมได้รับรางวัลเลิศรัฐ และ รางวัลรัฐบาลดิจิทัล รางวัลรัฐบาลดิจิทัล",
        "DİGİ Data Awards ดิจิ ดาต้า อวอร์ด",
        "ผลการประเมิน ITA และ \u212aita การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
        "Digital Government Awards 2566 DG Awards รางวัลเลิศรัฐ",
        "NACC Integrity Award รางวัลองค์กรโปร่งใส PSEA",
        "ข่าวทั่วไป ไม่มีรางวัล",
    ],
)
def test_programme_as_over_the_lower_cased_text(text: str) -> None:
    for body_start in (0, 10):
        got, want = events._programme(text, body_start), _over_lower(text, body_start)
        assert got[0] == want[0]
        assert (got[1] and got[1].span()) == (want[1] and want[1].span())
