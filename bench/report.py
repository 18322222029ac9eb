"""`python -m bench.report`: the results in bench/results/*.json as the Markdown tables of bench/README.md."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bench.common import RESULTS
from bench.extraction import busy_note

SCENARIOS = ("first", "unchanged", "one_row")


def load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def yes(met: bool) -> str:
    return "yes" if met else "**no**"


def summary() -> list[str]:
    rows = ["| # | benchmark | ours | baseline | comparison | floor | met |", "|---|---|---|---|---|---|---|"]
    if b := load("build_validate"):
        rows.append(
            f"| 1 | cold `pipeline build` + `pipeline validate` vs `frictionless validate` (median of {b['runs']}) "
            f"| {b['ours']['median_seconds']:.2f} s (build {b['ours']['median_build_seconds']:.2f} + "
            f"validate {b['ours']['median_validate_seconds']:.2f}) "
            f"| {b['frictionless_validate']['median_seconds']:.2f} s "
            f"| ours takes {b['ratio']:.2f}x as long | within 2x | {yes(b['met'])} |"
        )
    if e := load("extraction"):
        passes = e.get("passes", [])
        each = ", ".join(f"{p['articles_per_second']:,.0f}" for p in passes)
        probes = sorted(p["probe_ms_before"] for p in passes if "probe_ms_before" in p)
        probe = f"; machine probe {probes[0]:.0f}-{probes[-1]:.0f} ms" if probes else ""
        busy = {int(c): share for c, share in e.get("cpu_busy_before", {}).items()}
        probe += busy_note(e.get("cpu", -1), busy)
        rows.append(
            f"| 2 | extraction, {e['articles']:,} generated articles, one core "
            f"| {e['articles_per_second']:,.0f} articles/s read + extracted, median of "
            f"{len(passes) or 1} passes ({each}{probe}; {e['articles_per_cpu_second']:,.0f} per CPU-second); "
            f"extraction alone {e['extract_only_articles_per_second']:,.0f}/s, "
            f"{e.get('cold_name_memos', {}).get('extract_only_articles_per_second', 0):,.0f}/s with name memos "
            f"emptied per article | | | >= 1,000/s | {yes(e['met'])} |"
        )
    if p := load("publishing"):
        r = p["results"]
        for scenario, label in zip(
            SCENARIOS, ("first publish", "unchanged re-publish", "one row changed"), strict=True
        ):
            ours = r["ours"][scenario]["proxy"]
            base = ", ".join(
                f"{side} {r[side][scenario]['proxy']['requests']} req / {r[side][scenario]['proxy']['bytes_up']:,} B"
                for side in ("frictionless", "ckanapi")
            )
            ratio = (
                ", ".join(
                    f"{side} {p['ratios_baseline_over_ours'][scenario][side]['requests']:g}x"
                    for side in ("frictionless", "ckanapi")
                )
                + " our requests"
            )
            floor = {
                "first": "",
                "unchanged": "1 request, 0 B up, 0 down",
                "one_row": "that table's files + datapackage.json; 0 down; ids kept",
            }[scenario]
            met = {
                "first": "",
                "unchanged": yes(p["floors"]["unchanged: 1 request, 0 bytes up, 0 down"]),
                "one_row": yes(
                    p["floors"]["one row: only that table's files + datapackage.json up, 0 down, ids unchanged"]
                ),
            }[scenario]
            rows.append(
                f"| 3 | publish: {label} | {ours['requests']} req / {ours['bytes_up']:,} B up | {base} | {ratio} "
                f"| {floor} | {met} |"
            )
    if m := load("memory"):
        rows.append(
            f"| 4 | peak RSS added by a 200 MiB CSV upload (over a tiny file) | {m['ours']['added_mb']:+.1f} MB "
            f"| ckanapi {m['ckanapi']['added_mb']:+.1f} MB "
            f"| ckanapi adds {m['ckanapi']['added_mb'] - m['ours']['added_mb']:,.0f} MB more "
            f"| < 25 MB | {yes(m['met'])} |"
        )
    if v := load("validation"):
        rows.append(
            f"| 5 | validate {v['rows']:,} rows | {v['pipeline_validate']['rows_per_second']:,} rows/s "
            f"| frictionless {v['frictionless_validate']['rows_per_second']:,} rows/s "
            f"| ours takes {v['overhead']:+.0%} "
            f"| <= +10% | {yes(v['met'])} |"
        )
    if s := load("build_scaling"):
        sizes = s["sizes"]
        rows.append(
            f"| 6 | `pipeline build` of {sizes[0]}…{sizes[-1]} articles (issue 5: linear) "
            f"| {s['fixed_seconds']:.2f} s + {s['ms_per_article']:.1f} ms per article, R² {s['r2']:.3f} "
            f"| | {sizes[-1]} articles {s['prediction_error']:+.0%} off the line of the smaller builds "
            f"| linear | {yes(s['met'])} |"
        )
    return rows


def publishing_detail() -> list[str]:
    p = load("publishing")
    if not p:
        return []
    rows = [
        "| publisher | run | requests (proxy / report) | writes | bytes up | files uploaded | ids changed "
        "| file downloads |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for side, runs in p["results"].items():
        for scenario in SCENARIOS:
            run = runs[scenario]
            report = run.get("report", {}).get("requests", "-")
            rows.append(
                f"| {side} | {scenario.replace('_', ' ')} | {run['proxy']['requests']} / {report} "
                f"| {run['proxy']['write_requests']} | {run['proxy']['bytes_up']:,} | {len(run['portal']['uploaded'])} "
                f"| {len(run['portal']['ids_changed'])} | {run['proxy']['file_downloads']} |"
            )
    return rows


def hot_spots(top: int = 10) -> list[str]:
    e = load("extraction")
    if not e:
        return []
    rows = ["| own time | calls | function | mostly from |", "|---|---|---|---|"]
    for entry in e["profile"]["by_own_time"][:top]:
        callers = ", ".join(f"`{c['caller']}` {c['own_seconds']:.2f} s" for c in entry.get("top_callers", [])[:2])
        rows.append(f"| {entry['own_share']:.1%} | {entry['calls']:,} | `{entry['function']}` | {callers} |")
    total = e["profile"]["profiled_seconds"]
    rows += ["", "| cumulative time | calls | function in pipeline/ |", "|---|---|---|"]
    for entry in e["profile"]["by_cumulative_time_in_pipeline"][1:top]:  # [0] is extract() itself
        rows.append(f"| {entry['cumulative_seconds'] / total:.1%} | {entry['calls']:,} | `{entry['function']}` |")
    return rows


def run_date() -> str:
    dates = [
        r["date"][:10]
        for r in map(load, ("build_validate", "extraction", "publishing", "memory", "validation", "build_scaling"))
        if r
    ]
    return max(dates) if dates else "never"


def update(path: Path) -> None:
    """Replace what stands between each <!-- bench:NAME --> and <!-- /bench:NAME --> marker."""
    text = path.read_text("utf-8")
    blocks = {
        "date": run_date(),
        "summary": "\n".join(summary()),
        "publishing": "\n".join(publishing_detail()),
        "hotspots": "\n".join(hot_spots()),
    }
    for name, content in blocks.items():
        pattern = re.compile(rf"(<!-- bench:{name} -->)(.*?)(<!-- /bench:{name} -->)", re.S)
        inline = name == "date"
        text = pattern.sub(lambda m, c=content, i=inline: m[1] + (c if i else f"\n{c}\n") + m[3], text)
    path.write_text(text, "utf-8")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--update"] and len(argv) == 2:
        update(Path(argv[1]))
        return
    for block in (summary(), publishing_detail(), hot_spots()):
        print("\n".join(block) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
