"""``tidings serve``: a REST API and a web explorer over the event store.

:func:`create_app` builds the FastAPI app; ``tidings.server.cli.register(app)`` adds the ``serve``
command. Routes, the error shape, the explorer's views and the safety measures are described in
docs/server.md. FastAPI and uvicorn are needed only here, so ``import tidings`` does not import
this package.
"""

__all__ = ["create_app"]


def __getattr__(name: str):
    # Imported on first use, so that registering the `serve` command costs nothing at start-up.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'tidings.server' has no attribute {name!r}")
