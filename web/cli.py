"""`clearpost serve`: run the web UI and JSON API with uvicorn."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `serve` command to the `clearpost` program."""
    parser = subparsers.add_parser(
        "serve",
        help="run the review web UI and JSON API",
        description="Run the review UI and /api/v1 (settings from CLEARPOST_* variables).",
    )
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port to listen on (default 8000)")
    parser.set_defaults(func=serve)


def serve(args: argparse.Namespace) -> int:
    """Build the app from `WebSettings()` and serve it until interrupted."""
    import uvicorn

    from web.app import create_app
    from web.settings import WebSettings

    settings = WebSettings()
    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    app = create_app(settings)
    uvicorn.run(app, host=host, port=port, proxy_headers=False)
    return 0
