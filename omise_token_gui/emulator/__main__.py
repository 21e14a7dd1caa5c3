"""``omise-vault-emulator``: a local Omise vault for curl, backends under test and QA."""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import logging
import socket
import sys

import uvicorn

from omise_token_gui.emulator.app import ADMIN, Emulator, create_app
from omise_token_gui.emulator.faults import Faults
from omise_token_gui.emulator.state import EmulatorConfig, VaultState


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="omise-vault-emulator",
        description="A local, scenario-faithful Omise vault (POST/GET /tokens, POST/GET "
        f"/charges). Fault settings can also be changed at run time: {ADMIN}/faults.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8025, help="port (default 8025; 0 picks one)")
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="required to bind an address other than loopback",
    )
    p.add_argument("--max-tokens", type=int, default=10_000, help="tokens kept before eviction")
    p.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        metavar="N",
        help="answer 429 past N token creations per second",
    )
    p.add_argument("--seed", type=int, default=None, help="seed for the fault dice")
    p.add_argument(
        "--accept-key",
        action="append",
        default=None,
        metavar="KEY",
        help="accept only these keys (repeatable); default: any test key",
    )
    g = p.add_argument_group("faults")
    g.add_argument("--latency-ms", type=float, default=0.0)
    g.add_argument("--jitter-ms", type=float, default=0.0)
    g.add_argument("--error-rate", type=float, default=0.0, help="share of 5xx answers (0..1)")
    g.add_argument("--error-status", type=int, default=500, choices=(500, 502, 503, 504))
    g.add_argument("--force-429", action="store_true")
    g.add_argument("--retry-after", type=int, default=2, help="Retry-After seconds for 429")
    g.add_argument("--non-json", action="store_true", help="answer 200 with an HTML body")
    g.add_argument("--wrong-shape", action="store_true", help="answer JSON that is not a token")
    g.add_argument("--livemode", action="store_true", help="answer tokens with livemode: true")
    g.add_argument("--drop", action="store_true", help="drop connections mid-response")
    g.add_argument("--trickle-ms", type=float, default=0.0, help="trickle bodies, pause per 8 B")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not _loopback(args.host):
        if not args.allow_remote:
            print(
                f"Refusing to bind {args.host}: not loopback. Add --allow-remote if you "
                "really mean it.",
                file=sys.stderr,
            )
            return 2
        print(
            f"WARNING: binding {args.host}: other machines can reach this emulator.",
            file=sys.stderr,
        )
    try:
        faults = Faults.from_json(
            {
                "latency_ms": args.latency_ms,
                "jitter_ms": args.jitter_ms,
                "error_rate": args.error_rate,
                "error_status": args.error_status,
                "force_429": args.force_429,
                "retry_after_s": args.retry_after,
                "non_json": args.non_json,
                "wrong_shape": args.wrong_shape,
                "livemode": args.livemode,
                "drop": args.drop,
                "trickle_ms": args.trickle_ms,
            }
        )
    except ValueError as exc:
        print(f"omise-vault-emulator: {exc}", file=sys.stderr)
        return 2
    config = EmulatorConfig(
        max_tokens=args.max_tokens,
        rate_limit_per_s=args.rate_limit,
        accepted_keys=frozenset(args.accept_key) if args.accept_key else None,
    )
    emulator = Emulator(VaultState(config), faults, args.seed)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(
            f"omise-vault-emulator: cannot bind {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    sock.listen(128)
    port = sock.getsockname()[1]
    shown = f"[{args.host}]" if ":" in args.host else args.host
    # Printed once the socket listens: a script may wait for this line, then connect.
    print(
        f"Omise vault emulator (test mode only) on http://{shown}:{port}  "
        f"admin: {ADMIN}/faults, {ADMIN}/requests",
        flush=True,
    )
    server = uvicorn.Server(
        uvicorn.Config(create_app(emulator), log_level="warning", access_log=False, lifespan="off")
    )
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
