"""Ed25519 signatures on the files the program writes, and fingerprints people can read aloud.

Each installation holds one key pair (its 32-byte seed lives in the database). A file carries
the signer's public key and a signature over what the file says; the receiver checks the
signature against that key, and knows from its own records whether the key is the one it
expects from that sender. PyNaCl (libsodium) does the cryptography; it is imported only when
a key is used, so that commands that never sign or check start as fast as before.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

PUBLIC_KEY_HEX = 64
SIGNATURE_HEX = 128
# Crockford's base 32: no I, L, O or U, so that nothing is misread over the phone.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FINGERPRINT_CHARS = 16  # 80 bits, four groups of four
_READ_AS = {"O": "0", "I": "1", "L": "1"}


@dataclass(frozen=True)
class Signer:
    """The installation's private key."""

    seed: bytes

    @cached_property
    def _key(self):
        from nacl.signing import SigningKey

        return SigningKey(self.seed)

    @cached_property
    def public_key(self) -> str:
        """The public key, as 64 hex digits."""
        return bytes(self._key.verify_key).hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, purpose: str, message: bytes) -> str:
        """The signature (128 hex digits) over `message`, for one purpose only."""
        return self._key.sign(_framed(purpose, message)).signature.hex()


def _framed(purpose: str, message: bytes) -> bytes:
    """A signature made for one kind of file can never pass for another kind's."""
    return b"lak_desktop:" + purpose.encode() + b"\n" + message


def is_public_key(value: object) -> bool:
    return isinstance(value, str) and len(value) == PUBLIC_KEY_HEX and _is_hex(value)


def verify(public_key: str, signature: object, purpose: str, message: bytes) -> bool:
    """Whether `signature` over `message` was made with the private key of `public_key`."""
    if not is_public_key(public_key) or not isinstance(signature, str):
        return False
    if len(signature) != SIGNATURE_HEX or not _is_hex(signature):
        return False
    from nacl.exceptions import BadSignatureError, CryptoError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(bytes.fromhex(public_key)).verify(
            _framed(purpose, message), bytes.fromhex(signature)
        )
    except (BadSignatureError, CryptoError, ValueError, TypeError):
        return False
    return True


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def fingerprint(public_key: str) -> str:
    """A short name of a public key, read aloud in groups of four: «7KQ2-M9XA-4TZP-31HC»."""
    number = int.from_bytes(hashlib.sha256(bytes.fromhex(public_key)).digest()[:10], "big")
    chars = [_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_FINGERPRINT_CHARS))]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, _FINGERPRINT_CHARS, 4))


def normal_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any case, spaces or dashes, O for 0) in its printed form, or None
    when it cannot be one."""
    chars = [_READ_AS.get(c, c) for c in text.upper() if c not in " -._\t"]
    if len(chars) != _FINGERPRINT_CHARS or any(c not in _ALPHABET for c in chars):
        return None
    return "-".join("".join(chars[i : i + 4]) for i in range(0, _FINGERPRINT_CHARS, 4))
