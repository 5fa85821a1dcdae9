#!/usr/bin/env python3
"""An independent reader of Écluse release files, written from docs/SECURITY.md ("Release
files") alone, with Python's standard library and `cryptography`: the test that the format is
documented well enough. Usage: open_release.py FILE SIGNER.pem < passphrase; prints the CSV.
Exits 3 on anything that does not check."""
import hashlib
import json
import struct
import sys

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key


def fail(why):
    print(f"open_release.py: {why}", file=sys.stderr)
    sys.exit(3)


def main():
    data = open(sys.argv[1], "rb").read()
    signer = load_pem_public_key(open(sys.argv[2], "rb").read())
    passphrase = sys.stdin.buffer.readline().rstrip(b"\n")
    if data[:8] != b"ECLREL1\n":
        fail("not a release file")
    (length,) = struct.unpack(">I", data[8:12])
    if not 1 <= length <= 65536 or len(data) < 12 + length + 64 + 16:
        fail("bad lengths")
    signed, signature, rest = data[: 12 + length], data[12 + length : 76 + length], data[76 + length :]
    try:
        signer.verify(signature, signed)
    except InvalidSignature:
        fail("signature")
    manifest = json.loads(signed[12:])
    expected = {"format", "version", "release", "request", "revision", "vault", "dataset", "project",
                "requester", "approvers", "released", "expires", "columns", "rows", "plaintextSha256",
                "ciphertextSha256", "cipher", "nonce", "key", "signer"}
    if set(manifest) != expected or manifest["format"] != "ecluse-release" or manifest["version"] != 1:
        fail("manifest fields")
    if bytes.fromhex(manifest["signer"]) != signer.public_bytes(Encoding.Raw, PublicFormat.Raw):
        fail("signer")
    if hashlib.sha256(rest).hexdigest() != manifest["ciphertextSha256"]:
        fail("ciphertext hash")
    key_access = manifest["key"]
    if key_access["method"] != "scrypt":
        fail("this reader knows passphrases only")
    key = hashlib.scrypt(passphrase, salt=bytes.fromhex(key_access["salt"]), n=key_access["n"],
                         r=key_access["r"], p=key_access["p"], maxmem=2**31 - 1, dklen=32)
    try:
        csv = AESGCM(key).decrypt(bytes.fromhex(manifest["nonce"]), rest, manifest["release"].encode())
    except InvalidTag:
        fail("wrong passphrase")
    if hashlib.sha256(csv).hexdigest() != manifest["plaintextSha256"]:
        fail("rows hash")
    if csv.count(b"\n") - 2 != manifest["rows"]:
        fail("row count")
    sys.stdout.buffer.write(csv)


main()
