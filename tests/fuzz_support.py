"""What the two property-test suites (tests/test_fuzz.py, tests/fuzz/) share: how a quick and a long run differ."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

LONG = 10_000  # examples of a long run: `make fuzz` (marker fuzz), left out of `make test`


def fuzz_settings(examples: int, *suppress: HealthCheck) -> settings:
    """The settings of one variant: its example count, no deadline (a slow example is not a failure).

    A quick variant is derandomized and keeps no example database: the default run gives the same
    result on every machine and every run. The long run explores at random and keeps what it finds
    in .hypothesis/, so a failure it found is tried first next time.
    """
    quick = examples < LONG
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=quick,
        database=None if quick else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, *suppress],
    )
