"""The encrypted envelope: AES-256-GCM with a key derived from a passphrase by Argon2id.

Layout: MAGIC (8 bytes) | version (1) | iterations (1) | lanes (1) | memory KiB (4, big-endian) |
salt (16) | nonce (12) | ciphertext + tag. The header is authenticated as associated data, so a
wrong passphrase and any modified byte are refused alike (GCM tag).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from learnorg_desktop.exchange.errors import PackageError

MAGIC = b"LEARNORG"
VERSION = 1
_HEADER = struct.Struct(">8sBBBI16s12s")
# Bounds on parameters read from a file: a forged header must not make us allocate gigabytes.
_MAX_MEMORY_KIB = 1 << 20
_MAX_ITERATIONS = 10
_MAX_LANES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: about 0.3 s and 64 MiB on a laptop by default (OWASP's second profile)."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Argon2id(salt=salt, length=32, iterations=self.iterations, lanes=self.lanes,
                       memory_cost=self.memory_kib)
        return kdf.derive(passphrase.encode("utf-8"))


DEFAULT_KDF = KdfParams()


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def encrypt(plain: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    if not passphrase:
        raise PackageError("the passphrase is empty", code="empty_passphrase")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, VERSION, params.iterations, params.lanes, params.memory_kib, salt, nonce)
    return header + AESGCM(params.derive(passphrase, salt)).encrypt(nonce, plain, header)


def decrypt(data: bytes, passphrase: str) -> bytes:
    """The plain package; PackageError when the passphrase is wrong or any byte was changed."""
    if len(data) < _HEADER.size + 16:
        raise PackageError("the encrypted package is truncated", code="package_damaged")
    magic, version, iterations, lanes, memory, salt, nonce = _HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise PackageError(f"unknown envelope version {version}", code="package_too_new")
    if not (1 <= iterations <= _MAX_ITERATIONS and 1 <= lanes <= _MAX_LANES and 8 * lanes <= memory <= _MAX_MEMORY_KIB):
        raise PackageError("the encrypted package's header is damaged", code="package_damaged")
    header = data[:_HEADER.size]
    try:
        key = KdfParams(iterations, lanes, memory).derive(passphrase, salt)
        return AESGCM(key).decrypt(nonce, data[_HEADER.size:], header)
    except InvalidTag:
        raise PackageError("wrong passphrase, or the file was modified", code="package_undecryptable") from None
