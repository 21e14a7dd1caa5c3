"""The emulator's HTTP face: Omise's wire format, errors and faults (Starlette ASGI app).

Who may call it (Host, Origin, CORS for checkout pages) is ``guard``'s policy; the admin API's
writes also need a JSON body (``Content-Type: application/json``, or no body at all), which a
web page cannot send to another site without the browser asking first (a preflight the
emulator answers for the token routes only). Every body is bounded (``max_body_bytes``) and
parsed strictly: no NaN or Infinity, and nesting too deep for the parser is a ``bad_request``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from omise_token_gui.emulator.accounts import country
from omise_token_gui.emulator.charge_api import ChargeApi
from omise_token_gui.emulator.charges import iso
from omise_token_gui.emulator.faults import FaultBox, Faults
from omise_token_gui.emulator.guard import Guard, area_of
from omise_token_gui.emulator.state import (
    DEFAULT_VERSION,
    KNOWN_VERSIONS,
    EmulatorConfig,
    VaultState,
    card_problems,
    without_numbers,
)
from omise_token_gui.emulator.words import error_body, join_problems

ADMIN = "/__emulator__"
LOGGED_PATH_CHARS = 200  # a request log entry keeps this much of the path
_PUBLIC_TEST_RE = re.compile(r"pkey_test_[A-Za-z0-9]+")
_SECRET_TEST_RE = re.compile(r"skey_test_[A-Za-z0-9]+")
CARD_FIELDS = (
    "name",
    "number",
    "expiration_month",
    "expiration_year",
    "security_code",
    "street1",
    "street2",
    "city",
    "state",
    "postal_code",
    "country",
    "phone_number",
    "email",
)


class _TooLarge(Exception):
    pass


class _BadBody(Exception):
    pass


class _WrongType(Exception):
    pass


class _SlowBody(Exception):
    pass


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def loads(body: bytes) -> Any:
    """JSON as the vault reads it: strict numbers (no NaN or Infinity); ``_BadBody`` for
    anything else, including nesting too deep to parse."""
    try:
        return json.loads(body, parse_constant=_no_constant)
    except RecursionError as exc:
        raise _BadBody("request body is nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError, bad UTF-8, NaN/Infinity
        raise _BadBody(f"request body is not valid JSON: {exc}") from exc


def key_kind(key: str | None) -> str:
    """A label for the request log. The key itself is never logged beyond its last four."""
    if not key:
        return "none"
    if _PUBLIC_TEST_RE.fullmatch(key):
        return "public_test"
    if _SECRET_TEST_RE.fullmatch(key):
        return "secret_test"
    if key.startswith("pkey_"):
        return "public_live"
    if key.startswith("skey_"):
        return "secret_live"
    return "other"


def basic_user(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.partition(":")[0]


class _FaultyResponse(Response):
    """Sends a body trickled in small chunks, or drops the connection half way."""

    def __init__(self, body: bytes, status_code: int, trickle_s: float, drop: bool) -> None:
        super().__init__(body, status_code=status_code, media_type="application/json")
        self._trickle_s = trickle_s
        self._drop = drop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        body = self.body
        if self._drop:
            await send(
                {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
            )
            raise ConnectionAbortedError("emulator fault: connection dropped mid-response")
        step = 8
        for i in range(0, len(body), step):
            await send(
                {"type": "http.response.body", "body": body[i : i + step], "more_body": True}
            )
            await asyncio.sleep(self._trickle_s)
        await send({"type": "http.response.body", "body": b"", "more_body": False})


class Emulator:
    """Everything the routes share: state, faults, request log, rate limiter."""

    def __init__(
        self,
        state: VaultState | None = None,
        faults: Faults | None = None,
        seed: int | None = None,
        guard: Guard | None = None,
    ) -> None:
        self.state = state or VaultState()
        self.faults = FaultBox(faults, seed)
        self.guard = guard or Guard()
        self.log: deque[dict[str, Any]] = deque(maxlen=10_000)
        self._log_lock = threading.Lock()
        self._recent_creates: deque[float] = deque()
        self.clock: Callable[[], float] = time.monotonic  # the rate limiter's (tests fix it)

    @property
    def config(self) -> EmulatorConfig:
        return self.state.config

    # ------------------------------------------------------------------ helpers
    def record(self, request: Request, key: str | None, status: int | None) -> dict[str, Any]:
        """Log a request as it arrives (status None until answered); returns the entry."""
        entry = {
            "method": request.method,
            # Bounded (the log stays small), and a card number sent in a path is masked.
            "path": without_numbers(request.url.path[:LOGGED_PATH_CHARS]),
            "key_kind": key_kind(key),
            "key_last4": key[-4:] if key else "",
            "status": status,
            "at": time.time(),
        }
        with self._log_lock:
            self.log.append(entry)
        return entry

    def answered(self, entry: dict[str, Any], status: int) -> None:
        with self._log_lock:
            entry["status"] = status

    def requests(self) -> list[dict[str, Any]]:
        with self._log_lock:
            return list(self.log)

    def clear_requests(self) -> None:
        with self._log_lock:
            self.log.clear()

    def rate_limited(self) -> bool:
        limit = self.config.rate_limit_per_s
        if not limit:
            return False
        now = self.clock()
        with self._log_lock:
            while self._recent_creates and now - self._recent_creates[0] > 1.0:
                self._recent_creates.popleft()
            if len(self._recent_creates) >= limit:
                return True
            self._recent_creates.append(now)
        return False

    async def read_body(self, request: Request) -> bytes:
        """The whole body: ``_TooLarge`` past ``max_body_bytes``, ``_SlowBody`` if it has not
        all arrived within ``body_timeout_s`` (a client trickling it cannot hold a worker)."""
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.config.max_body_bytes:
            raise _TooLarge
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.config.body_timeout_s):
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > self.config.max_body_bytes:
                        raise _TooLarge
                    chunks.append(chunk)
        except TimeoutError as exc:
            raise _SlowBody from exc
        return b"".join(chunks)

    async def read_fields(self, request: Request) -> dict[str, Any]:
        body = await self.read_body(request)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/json":
            data = loads(body or b"{}")
            if not isinstance(data, dict):
                raise _BadBody("request body must be a JSON object")
            return data
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError as exc:
            raise _BadBody("request body is not valid UTF-8") from exc
        out: dict[str, Any] = {}
        for name, value in pairs:
            match = re.fullmatch(r"(\w+)\[(\w+)\]", name)
            if match:
                section = out.setdefault(match.group(1), {})
                if isinstance(section, dict):
                    section[match.group(2)] = value
            else:
                out[name] = value
        return out

    @staticmethod
    def base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @staticmethod
    def api_version(request: Request) -> str:
        # NO PRIMARY SOURCE for an unknown version: answered as the newest.
        version = request.headers.get("omise-version", DEFAULT_VERSION)
        return version if version in KNOWN_VERSIONS else DEFAULT_VERSION

    # ------------------------------------------------------------------ fault wrapper
    async def vault_call(
        self,
        request: Request,
        needs: str,
        handler: Callable[[Request, Faults], Awaitable[tuple[int, dict[str, Any], dict[str, str]]]],
    ) -> Response:
        key = basic_user(request)
        faults = self.faults.take()
        delay = faults.delay_s(self.faults.rng)
        if delay:
            await asyncio.sleep(delay)
        headers: dict[str, str] = {}
        payload: dict[str, Any]
        # NO PRIMARY SOURCE: Omise documents 429 with no body; this one is the emulator's.
        if faults.force_429:
            status, payload = 429, error_body("rate_limit_exceeded", "too many requests")
            headers["Retry-After"] = str(faults.retry_after_s)
        elif faults.error_rate and self.faults.rng.random() < faults.error_rate:
            status, payload = faults.error_status, error_body("internal_error", "server error")
        elif key_kind(key) != needs or (
            self.config.accepted_keys is not None and key not in self.config.accepted_keys
        ):  # code and message recorded; NO PRIMARY SOURCE for the status 401
            status, payload = 401, error_body("authentication_failure", "authentication failed")
        else:
            try:
                status, payload, headers = await handler(request, faults)
            except _TooLarge:
                status = 413
                payload = error_body("bad_request", "request entity too large")
            except _SlowBody:
                status, payload = 408, error_body("bad_request", "request body took too long")
            except _BadBody as exc:
                status, payload = 400, error_body("bad_request", str(exc))
        if faults.non_json:
            return Response(
                b"<html><body>502 Bad Gateway</body></html>", 200, media_type="text/html"
            )
        if faults.wrong_shape:
            payload, status = {"object": "list", "data": [], "total": 0}, 200
        body = json.dumps(payload, separators=(",", ":")).encode()
        if faults.drop or faults.trickle_ms:
            return _FaultyResponse(body, status, faults.trickle_ms / 1000.0, faults.drop)
        return Response(body, status, headers=headers, media_type="application/json")

    # ------------------------------------------------------------------ vault routes
    async def create_token(self, request: Request) -> Response:
        if self.rate_limited():
            return JSONResponse(
                error_body("rate_limit_exceeded", "too many requests"),
                429,
                headers={"Retry-After": "1"},
            )
        return await self.vault_call(request, "public_test", self._create_token)

    async def _create_token(
        self, request: Request, faults: Faults
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        data = await self.read_fields(request)
        raw_card = data.get("card", {})
        if not isinstance(raw_card, dict):
            raise _BadBody("card must be an object")
        card = {k: ("" if v is None else str(v)) for k, v in raw_card.items() if k in CARD_FIELDS}
        problems = card_problems(card)
        if problems:
            return 400, error_body("invalid_card", join_problems(problems)), {}
        token_id = self.state.create_token(card, self.base_url(request), livemode=faults.livemode)
        token = self.state.token_json(token_id, self.api_version(request)) or {}
        return 200, token, {}

    async def retrieve_token(self, request: Request) -> Response:
        async def handler(
            request: Request, faults: Faults
        ) -> tuple[int, dict[str, Any], dict[str, str]]:
            token_id = request.path_params["token_id"]
            token = self.state.token_json(token_id, self.api_version(request))
            if token is None:
                return (
                    404,
                    error_body("not_found", f"token {without_numbers(token_id)} was not found"),
                    {},
                )
            if faults.livemode:
                token["livemode"] = True
            return 200, token, {}

        return await self.vault_call(request, "public_test", handler)


class _Admin:
    """The admin API under ``ADMIN``: fault settings, the request log, reset and health."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    async def admin_body(self, request: Request) -> Any:
        """The JSON body of an admin write (None when empty). Needs ``Content-Type:
        application/json`` unless the body is empty: a web page cannot send that to another
        site without a preflight. Raises ``_WrongType``, ``_TooLarge`` or ``_BadBody``."""
        body = await self.emulator.read_body(request)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json" and (body or ctype):
            raise _WrongType
        return loads(body) if body else None

    async def admin_write(
        self, request: Request, apply: Callable[[Any], None]
    ) -> JSONResponse | None:
        """Read the body and ``apply`` it; an error answer, or None once applied."""
        try:
            apply(await self.admin_body(request))
        except _WrongType:
            message = "send the admin API JSON: add the header Content-Type: application/json"
            return JSONResponse(error_body("bad_request", message), 415)
        except _TooLarge:
            return JSONResponse(error_body("bad_request", "request entity too large"), 413)
        except _SlowBody:
            return JSONResponse(error_body("bad_request", "request body took too long"), 408)
        except (_BadBody, ValueError) as exc:
            return JSONResponse(error_body("bad_request", str(exc)), 400)
        return None

    def set_faults(self, data: Any, method: str) -> None:
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ValueError("send a JSON object of fault settings")
        base = None if method == "PUT" else self.emulator.faults.get()
        self.emulator.faults.set(Faults.from_json(data, base))

    async def admin_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.emulator.faults.set(Faults())
        elif request.method in ("PUT", "POST"):
            refused = await self.admin_write(
                request, lambda data: self.set_faults(data, request.method)
            )
            if refused is not None:
                return refused
        return JSONResponse(asdict(self.emulator.faults.get()))

    async def admin_requests(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.emulator.clear_requests()
        return JSONResponse(self.emulator.requests())

    def reset(self, data: Any = None) -> None:
        self.emulator.state.reset()
        self.emulator.clear_requests()
        self.emulator.faults.set(Faults())

    async def admin_reset(self, request: Request) -> Response:
        return await self.admin_write(request, self.reset) or JSONResponse({"ok": True})

    def clock(self) -> dict[str, Any]:
        state = self.emulator.state
        return {"now": iso(state.now()), "offset_s": state.clock_offset_s}

    def move_clock(self, data: Any) -> None:
        if not isinstance(data, dict) or set(data) - {"advance_s", "advance_days"}:
            raise ValueError('send {"advance_s": N} or {"advance_days": N}')
        seconds = data.get("advance_s", 0)
        days = data.get("advance_days", 0)
        for value in (seconds, days):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError("advance_s and advance_days are numbers")
        self.emulator.state.advance_clock(float(seconds) + float(days) * 86_400)

    async def admin_clock(self, request: Request) -> Response:
        """The emulator's clock: GET it, POST ``{"advance_days": 8}`` to move it ahead (an
        authorization then expires as it would a week later), DELETE to set it back."""
        if request.method == "DELETE":
            self.emulator.state.clock_offset_s = 0.0
        elif request.method == "POST":
            refused = await self.admin_write(request, self.move_clock)
            if refused is not None:
                return refused
        return JSONResponse(self.clock())

    def set_account(self, data: Any) -> None:
        if not isinstance(data, dict) or set(data) - {"country", "three_d_secure"}:
            raise ValueError('send {"country": "th|jp|sg|my", "three_d_secure": true|false}')
        config = self.emulator.config
        if "country" in data:
            if not isinstance(data["country"], str):
                raise ValueError("country must be one of th, jp, sg, my")
            config.country = country(data["country"]).code
        if "three_d_secure" in data:
            if not isinstance(data["three_d_secure"], bool):
                raise ValueError("three_d_secure must be true or false")
            config.three_d_secure = data["three_d_secure"]

    async def admin_account(self, request: Request) -> Response:
        """The emulated account: its country and its 3-D Secure mode (GET; PUT/POST to
        change either)."""
        if request.method != "GET":
            refused = await self.admin_write(request, self.set_account)
            if refused is not None:
                return refused
        config = self.emulator.config
        return JSONResponse({"country": config.country, "three_d_secure": config.three_d_secure})

    async def health(self, request: Request) -> Response:
        return JSONResponse({"ok": True, "tokens": self.emulator.state.token_count()})


class _Guarded:
    """Runs ``guard``'s checks on every HTTP request before the routes see it, answers CORS
    preflights for the token routes, and adds CORS headers for pages allowed there.

    It also keeps the request log: every request on arrival (its status None until
    answered), unrouted paths, wrong methods and refusals included; of the admin API only
    the refused ones (the log is the API's, and reading it would fill it). And it adds the
    headers Omise's API answers carry (recorded: ``Omise-Version``, ``Cache-Control:
    no-cache, no-store``, ``X-Request-Id``, JSON as ``application/json; charset=utf-8``)."""

    def __init__(self, app: ASGIApp, emulator: Emulator) -> None:
        self.app = app
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        guard = self.emulator.guard
        request = Request(scope)
        headers = request.headers
        area = area_of(scope["path"], ADMIN)
        server = scope.get("server")
        local = (str(server[0]), int(server[1])) if server and server[1] is not None else None
        method = scope["method"]
        problem = guard.host_problem(headers.get("host"), local) or guard.origin_problem(
            area, method, headers, local
        )
        entry = None
        if problem or area != "admin":
            entry = self.emulator.record(request, basic_user(request), None)
        extra = [] if area == "admin" else _api_headers(request)
        if problem:
            answer = JSONResponse(error_body("forbidden", problem), 403)
            await answer(scope, receive, _sending(send, self.emulator, entry, extra))
            return
        cors = guard.cors_headers(area, headers)
        if cors and method == "OPTIONS":  # a preflight from an allowed page
            preflight = Response(status_code=204)
            preflight.raw_headers.extend(cors + guard.preflight_headers())
            await preflight(scope, receive, _sending(send, self.emulator, entry, []))
            return
        await self.app(scope, receive, _sending(send, self.emulator, entry, extra + cors))


def _api_headers(request: Request) -> list[tuple[bytes, bytes]]:
    return [
        (b"omise-version", Emulator.api_version(request).encode()),
        (b"cache-control", b"no-cache, no-store"),
        (b"x-request-id", uuid.uuid4().hex.encode()),
    ]


def _sending(
    send: Send, emulator: Emulator, entry: dict[str, Any] | None, extra: list[tuple[bytes, bytes]]
) -> Send:
    """``send``, which also notes the answer's status in the log ``entry`` and adds
    ``extra`` headers (and the charset to a JSON content type)."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            if entry is not None:
                emulator.answered(entry, int(message["status"]))
            kept = [
                (name, b"application/json; charset=utf-8")
                if name.lower() == b"content-type" and value == b"application/json"
                else (name, value)
                for name, value in message.get("headers", [])
            ]
            message = {**message, "headers": kept + extra}
        await send(message)

    return sending


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 500:
        return JSONResponse(error_body("internal_error", "the emulator failed"), 500)
    if status == 405:
        body = error_body("method_not_allowed", f"method {request.method} is not allowed here")
    elif status == 404:
        body = error_body("not_found", f"path {without_numbers(request.url.path)} was not found")
    else:
        body = error_body("bad_request", "request could not be handled")
    return JSONResponse(body, status)


def create_app(emulator: Emulator | None = None) -> Starlette:
    emu = emulator or Emulator()
    admin = _Admin(emu)
    charges = ChargeApi(emu)
    routes = [
        Route("/tokens", emu.create_token, methods=["POST"]),
        Route("/tokens/{token_id}", emu.retrieve_token, methods=["GET"]),
        Route("/charges", charges.create, methods=["POST"]),
        Route("/charges", charges.list, methods=["GET"]),
        Route("/charges/{charge_id}", charges.retrieve, methods=["GET"]),
        Route("/charges/{charge_id}/capture", charges.capture, methods=["POST"]),
        Route("/charges/{charge_id}/reverse", charges.reverse, methods=["POST"]),
        Route("/charges/{charge_id}/expire", charges.expire, methods=["POST"]),
        Route("/customers", charges.create_customer, methods=["POST"]),
        Route("/customers/{customer_id}", charges.retrieve_customer, methods=["GET"]),
        Route("/payments/{payment_id}/authorize", charges.authorize_page, methods=["GET", "POST"]),
        Route(f"{ADMIN}/clock", admin.admin_clock, methods=["GET", "POST", "DELETE"]),
        Route(f"{ADMIN}/account", admin.admin_account, methods=["GET", "PUT", "POST"]),
        Route(f"{ADMIN}/faults", admin.admin_faults, methods=["GET", "PUT", "POST", "DELETE"]),
        Route(f"{ADMIN}/requests", admin.admin_requests, methods=["GET", "DELETE"]),
        Route(f"{ADMIN}/reset", admin.admin_reset, methods=["POST"]),
        Route(f"{ADMIN}/health", admin.health, methods=["GET"]),
    ]
    handlers = {404: _http_error, 405: _http_error, Exception: _http_error}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.emulator = emu
    app.add_middleware(_Guarded, emulator=emu)
    return app
