"""Command line: a thin layer over the stage modules, which can be used on their own."""

from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


def _register_publish() -> None:
    """The publisher lives in pipeline.publish; its command is registered here so `pipeline --help` lists it."""
    try:
        from pipeline.publish.command import publish_command
    except ImportError:  # the publisher has not landed yet
        return
    app.command("publish")(publish_command)


_register_publish()

if __name__ == "__main__":
    app()
