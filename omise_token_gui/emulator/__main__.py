"""``omise-vault-emulator``: a local Omise vault for curl, backends under test and QA."""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import logging
import math
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import uvicorn

from omise_token_gui.emulator.accounts import COUNTRIES, DEFAULT_COUNTRY
from omise_token_gui.emulator.app import ADMIN, Emulator, create_app, key_kind
from omise_token_gui.emulator.faults import Faults
from omise_token_gui.emulator.guard import Guard
from omise_token_gui.emulator.server import guarded_protocol
from omise_token_gui.emulator.state import EmulatorConfig, VaultState, fingerprint_secret

PROG = "omise-vault-emulator"


class _Parser(argparse.ArgumentParser):
    """Bad command lines get one line on stderr and exit status 2 (no usage dump)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _int_in(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high}")
        return value

    return parse


def _positive_rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or not 0 < value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number between 0 and 1000000")
    return value


def _test_key(text: str) -> str:
    if key_kind(text) not in ("public_test", "secret_test"):
        raise argparse.ArgumentTypeError("only pkey_test_… and skey_test_… keys can be accepted")
    return text


def _bare_host(text: str) -> str:
    host = text.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]  # [::1] as in a URL
    if not host or "\x00" in host:
        raise argparse.ArgumentTypeError(f"{text!r} is not a host name or address")
    return host


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bind_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--host", type=_bare_host, default="127.0.0.1", help="address to bind (default 127.0.0.1)"
    )
    p.add_argument(
        "--port", type=_int_in(0, 65535), default=8025, help="port (default 8025; 0 picks one)"
    )
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="required to bind an address other than loopback",
    )


def _limit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-tokens",
        type=_int_in(1, 1_000_000),
        default=10_000,
        help="tokens kept before eviction",
    )
    p.add_argument(
        "--rate-limit",
        type=_positive_rate,
        default=None,
        metavar="N",
        help="answer 429 past N token creations per second",
    )
    p.add_argument("--seed", type=int, default=None, help="seed for the fault dice")


def _access_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--accept-key",
        action="append",
        type=_test_key,
        default=None,
        metavar="KEY",
        help="accept only these keys (repeatable); default: any test key",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        type=_bare_host,
        default=[],
        metavar="NAME",
        help="answer requests whose Host is NAME too (repeatable), e.g. host.docker.internal "
        "for a backend in a container; by default only 127.0.0.1, localhost, [::1] and --host",
    )
    p.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let web pages from ORIGIN (scheme://host[:port]) create and read tokens "
        "(repeatable); pages on localhost may already",
    )
    p.add_argument(
        "--fingerprint-secret-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="key card fingerprints with the secret in FILE (made, mode 0600, if missing): "
        "the same card then keeps its fingerprint across runs; default: a new key per run",
    )


def _account_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("account")
    g.add_argument(
        "--country",
        choices=sorted(COUNTRIES),
        default=DEFAULT_COUNTRY,
        help="the account's country: its currency, amount limits and how long an "
        "authorization holds (default th: THB, 2000-15000000 satang, 7 days)",
    )
    g.add_argument(
        "--three-d-secure",
        action="store_true",
        help="charges with a return_uri wait for 3-D Secure: pending, with an authorize_uri "
        f"to a local Pass/Fail page (also {ADMIN}/account)",
    )


def _fault_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("faults")
    g.add_argument("--latency-ms", type=float, default=0.0)
    g.add_argument("--jitter-ms", type=float, default=0.0)
    g.add_argument("--error-rate", type=float, default=0.0, help="share of 5xx answers (0..1)")
    g.add_argument("--error-status", type=int, default=500, choices=(500, 502, 503, 504))
    g.add_argument("--force-429", action="store_true")
    g.add_argument(
        "--retry-after", type=_int_in(0, 86_400), default=2, help="Retry-After seconds for 429"
    )
    g.add_argument("--non-json", action="store_true", help="answer 200 with an HTML body")
    g.add_argument("--wrong-shape", action="store_true", help="answer JSON that is not a token")
    g.add_argument("--livemode", action="store_true", help="answer tokens with livemode: true")
    g.add_argument("--drop", action="store_true", help="drop connections mid-response")
    g.add_argument("--trickle-ms", type=float, default=0.0, help="trickle bodies, pause per 8 B")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="A local, scenario-faithful Omise vault and charges API (POST/GET "
        "/tokens, /charges with capture, reverse, expire, /customers, 3-D Secure). Faults, "
        f"the account and the clock change at run time: {ADMIN}/faults, {ADMIN}/account, "
        f"{ADMIN}/clock.",
    )
    _bind_options(p)
    _limit_options(p)
    _access_options(p)
    _account_options(p)
    _fault_options(p)
    return p


def _host_refused(args: argparse.Namespace) -> bool:
    """Refuse (on stderr) an address other than loopback unless --allow-remote; warn if given."""
    if _loopback(args.host):
        return False
    if not args.allow_remote:
        print(
            f"{PROG}: refusing to bind {args.host}: not loopback. Add --allow-remote if you "
            "really mean it.",
            file=sys.stderr,
        )
        return True
    print(
        f"WARNING: binding {args.host}: other machines can reach this emulator.",
        file=sys.stderr,
    )
    return False


def _faults(args: argparse.Namespace) -> Faults:
    return Faults.from_json(
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


def _emulator(args: argparse.Namespace) -> Emulator:
    """The emulator the options ask for. ``ValueError`` or ``OSError`` for a bad setting or
    an unusable fingerprint secret file."""
    faults = _faults(args)
    origins = Guard.normal_origins(args.allow_origin)
    key = fingerprint_secret(args.fingerprint_secret_file) if args.fingerprint_secret_file else None
    config = EmulatorConfig(
        max_tokens=args.max_tokens,
        rate_limit_per_s=args.rate_limit,
        fingerprint_key=key,
        accepted_keys=frozenset(args.accept_key) if args.accept_key else None,
        country=args.country,
        three_d_secure=args.three_d_secure,
    )
    guard = Guard(bound_host=args.host, hosts=frozenset(args.allow_host), origins=origins)
    return Emulator(VaultState(config), faults, args.seed, guard)


def _bound_socket(host: str, port: int) -> socket.socket | None:
    """A socket bound to ``host:port`` and listening; None (said on stderr) if it cannot be."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except (OSError, ValueError, OverflowError) as exc:
        sock.close()
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"{PROG}: cannot bind {host}:{port}: {why}", file=sys.stderr)
        return None
    sock.listen(128)
    return sock


def _serve(emulator: Emulator, sock: socket.socket, host: str) -> None:
    """Announce the URL (once the socket listens), then serve until interrupted."""
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    # Printed once the socket listens: a script may wait for this line, then connect.
    print(
        f"Omise vault emulator (test mode only) on http://{shown}:{port}  "
        f"admin: {ADMIN}/faults, {ADMIN}/requests",
        flush=True,
    )
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(emulator),
            http=guarded_protocol(emulator.config),
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="none",  # no WebSocket routes: none of its handshakes reach the app
            timeout_graceful_shutdown=1,  # SIGTERM ends held requests (latency faults) too
        )
    )
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if _host_refused(args):
        return 2
    try:
        emulator = _emulator(args)
    except (ValueError, OSError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sock = _bound_socket(args.host, args.port)
    if sock is None:
        return 2
    _serve(emulator, sock, args.host)
    return 0


if __name__ == "__main__":
    sys.exit(main())
