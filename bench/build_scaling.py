"""Benchmark 6 (issue 5): `pipeline build` time against the number of articles, which must grow linearly.

Articles are made from the project's own fixtures (see clean_articles). Each size is built by a whole
new `pipeline build` process into a new directory, with an empty validation cache; sizes alternate over
the rounds and the median per size is kept. A least-squares line through (articles, seconds) gives the
fixed cost (interpreter, imports, writing the package) and the cost per article; the build is linear
when the line explains the times (R² >= 0.98) and the line through the smaller sizes predicts the
largest within 15% (a build that grew faster than linearly would take longer than predicted). The cost
of the first few articles added is too small to measure against the fixed second, so it is reported,
not judged. The sizes go to 1,600 articles, over five rounds: up to 400, over three, the fixed second and a
half outweighed the articles, and one slow process on a shared machine decided the fit (R² 0.988, 0.946 and
0.874 in three runs of the same code).
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from pathlib import Path

from bench.common import PIPELINE, cold_env, log, median, run_process, write_result
from bench.corpus import load_fixtures

NAME = "build_scaling"
SIZES = (25, 50, 100, 200, 400, 800, 1600)
ROUNDS = 5
MIN_R2 = 0.98
MAX_PREDICTION_ERROR = 0.15


def clean_articles(directory: Path, count: int) -> Path:
    """`count` articles made from the first corpus's fixtures (one consistent invented world, so their
    events agree) with recipients swapped, each kept only if it would pass a build on its own: no
    extraction error, stated counts that match their lists, no event after publication. Dates are left as
    they are: articles of one programme and year are merged into one event, which must stay coherent."""
    kept = directory / "all"
    kept.mkdir(parents=True)
    articles, recipients = load_fixtures()
    rng = random.Random(11)
    n = attempts = 0
    while n < count and attempts < count * 20:
        name, text = articles[attempts % len(articles)]
        attempts += 1
        for recipient in recipients:
            if recipient in text and rng.random() < 0.5:
                text = text.replace(recipient, rng.choice(recipients))
        path = kept / f"{n:05d}-{name}.txt"
        path.write_text(text, encoding="utf-8")
        if _buildable(path):
            n += 1
        else:
            path.unlink()
    return kept


def _buildable(path: Path) -> bool:
    from pipeline import sources
    from pipeline.extract import extract

    article = extract(sources.read(path))
    published = article.source.published
    return (
        not article.errors
        and published is not None
        and all(c.stated == c.listed for c in article.counts)
        and all(e.date is None or e.date <= published for e in article.events)
    )


def build_once(work: Path, pool: Path, size: int) -> float:
    src, out, review = work / f"src-{size}", work / f"out-{size}", work / f"review-{size}"
    for d in (src, out, review):
        shutil.rmtree(d, ignore_errors=True)
    src.mkdir()
    review.mkdir()
    for path in sorted(pool.iterdir())[:size]:
        shutil.copy(path, src / path.name)
    args = [PIPELINE, "build", "--sources", str(src), "--out", str(out), "--review", str(review)]
    run = run_process(args, env=cold_env(work))
    if run.returncode != 0:
        raise RuntimeError(f"pipeline build of {size} articles failed ({run.returncode}): {run.stderr[-1500:]}")
    return run.seconds


def fit(points: list[tuple[int, float]]) -> tuple[float, float, float]:
    """Intercept, slope and R² of the least-squares line."""
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx
    intercept = my - slope * mx
    ss_tot = sum((y - my) ** 2 for _, y in points)
    ss_res = sum((y - (intercept + slope * x)) ** 2 for x, y in points)
    return intercept, slope, 1 - ss_res / ss_tot if ss_tot else 1.0


def run() -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-scaling-"))
    try:
        pool = clean_articles(work, max(SIZES))
        available = len(list(pool.iterdir()))
        sizes = [s for s in SIZES if s <= available]
        times: dict[int, list[float]] = {s: [] for s in sizes}
        for r in range(ROUNDS):
            for size in sizes if r % 2 == 0 else reversed(sizes):
                log(f"build_scaling: round {r + 1}/{ROUNDS}, {size} articles")
                times[size].append(build_once(work, pool, size))
        medians = {s: median(t) for s, t in times.items()}
        intercept, slope, r2 = fit(sorted(medians.items()))
        first = (medians[sizes[1]] - medians[sizes[0]]) / (sizes[1] - sizes[0])
        last = (medians[sizes[-1]] - medians[sizes[-2]]) / (sizes[-1] - sizes[-2])
        small_a, small_b, _ = fit(sorted((s, t) for s, t in medians.items() if s < sizes[-1]))
        predicted = small_a + small_b * sizes[-1]
        error = (medians[sizes[-1]] - predicted) / predicted
        met = r2 >= MIN_R2 and error <= MAX_PREDICTION_ERROR
        result = {
            "sizes": sizes,
            "rounds": ROUNDS,
            "seconds": {str(s): [round(t, 3) for t in times[s]] for s in sizes},
            "median_seconds": {str(s): round(medians[s], 3) for s in sizes},
            "fixed_seconds": round(intercept, 3),
            "ms_per_article": round(slope * 1000, 2),
            "r2": round(r2, 4),
            "marginal_ms_first": round(first * 1000, 2),
            "marginal_ms_last": round(last * 1000, 2),
            "predicted_largest_seconds": round(predicted, 3),
            "prediction_error": round(error, 3),
            "floor": f"linear: R² >= {MIN_R2}, largest build within {MAX_PREDICTION_ERROR:.0%} of the line",
            "met": met,
            "summary": (
                f"{intercept:.2f} s + {slope * 1000:.1f} ms per article (R² {r2:.3f}); "
                f"{sizes[-1]} articles {medians[sizes[-1]]:.2f} s vs {predicted:.2f} s predicted ({error:+.0%})"
            ),
        }
        write_result(NAME, result)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), ensure_ascii=False, indent=2))
