#!/usr/bin/env python3
"""Verify a CaseDesk audit export without the desk: Python 3.8+ standard library only.

    python3 verify-export.py EXPORT_FILE --key EXPORT_PUBLIC_KEY.pem

EXPORT_PUBLIC_KEY.pem is the desk's public key as GET /api/audit/export-key serves it. Exit status:
0 the export is intact and signed with that key, 1 it is not, 2 wrong use. The algorithm is the one
the README describes ("Verifying an export"):

1. Every line but the last is an entry; entry n has "seq" n, "prevHash" (64 zeros for the first,
   else the previous entry's "hash") and "hash" = hex SHA-256 of prevHash followed by the entry's
   RFC 8785 canonical JSON without "hash".
2. The last line is {"manifest": {count, lastHash, query, exportedAt, exportedBy}, "signature"}: count
   and lastHash must match the entries, and the signature (base64) must be an Ed25519 signature of
   the manifest's canonical JSON.
3. The file must be exactly what the desk writes for these entries (every line canonical JSON; for
   CSV every field quoted, CRLF line ends), so a changed byte anywhere fails.
"""

import base64
import hashlib
import json
import sys

GENESIS = "0" * 64
CSV_HEADER = ["seq", "at", "caseNumber", "kind", "actorType", "actor", "process", "step", "stepName",
              "entry", "prevHash", "hash"]
READABLE = CSV_HEADER[1:9]
MAX_SAFE = 2 ** 53 - 1


class Invalid(Exception):
    pass


# ---- RFC 8785 canonical JSON (integers only: the desk writes other numbers as strings) ----------

def canonical(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE:
            raise Invalid("number beyond 2^53 in an entry")
        return str(value)
    if isinstance(value, float):
        raise Invalid("fractional number in an entry (the desk writes those as strings)")
    if isinstance(value, str):
        return js_string(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        names = sorted(value.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(js_string(k) + ":" + canonical(value[k]) for k in names) + "}"
    raise Invalid("not JSON: %r" % (value,))


ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def js_string(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif code < 0x20:
            out.append("\\u%04x" % code)
        elif 0xD800 <= code <= 0xDFFF:
            raise Invalid("lone surrogate in a string")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def parse_object(text, line):
    def no_duplicates(pairs):
        result = {}
        for key, val in pairs:
            if key in result:
                raise Invalid("line %d: duplicate member %s" % (line, key))
            result[key] = val
        return result
    try:
        value = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=lambda c: float("nan"))
    except ValueError:
        raise Invalid("line %d is not a JSON object" % line)
    if not isinstance(value, dict):
        raise Invalid("line %d is not a JSON object" % line)
    return value


# ---- Ed25519 verification (RFC 8032, section 6) ------------------------------------------------

P = 2 ** 255 - 19
Q = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def point_add(a, b):
    pa = (a[1] - a[0]) * (b[1] - b[0]) % P
    pb = (a[1] + a[0]) * (b[1] + b[0]) % P
    pc = 2 * a[3] * b[3] * D % P
    pd = 2 * a[2] * b[2] % P
    e, f, g, h = pb - pa, pd - pc, pd + pc, pb + pa
    return (e * f, g * h, f * g, e * h)


def point_mul(s, point):
    result = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            result = point_add(result, point)
        point = point_add(point, point)
        s >>= 1
    return result


def point_equal(a, b):
    return (a[0] * b[2] - b[0] * a[2]) % P == 0 and (a[1] * b[2] - b[1] * a[2]) % P == 0


def recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


def point_decompress(s):
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % P)


G_Y = 4 * pow(5, P - 2, P) % P
G_X = recover_x(G_Y, 0)
G = (G_X, G_Y, 1, G_X * G_Y % P)


def ed25519_verify(public, message, signature):
    if len(public) != 32 or len(signature) != 64:
        return False
    a = point_decompress(public)
    r = point_decompress(signature[:32])
    if a is None or r is None:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= Q:
        return False
    h = int.from_bytes(hashlib.sha512(signature[:32] + public + message).digest(), "little") % Q
    return point_equal(point_mul(s, G), point_add(r, point_mul(h, a)))


SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


def read_public_key(pem):
    body = "".join(line.strip() for line in pem.strip().splitlines() if not line.startswith("-----"))
    der = base64.b64decode(body)
    if len(der) != 44 or not der.startswith(SPKI_PREFIX):
        raise Invalid("the key is not an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY-----)")
    return der[12:]


# ---- the export --------------------------------------------------------------------------------

def sha256_hex(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(previous, entry):
    without = {k: v for k, v in entry.items() if k != "hash"}
    return sha256_hex(previous + canonical(without))


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return ""
    return str(value)


def csv_row(fields):
    return ",".join('"' + f.replace('"', '""') + '"' for f in fields) + "\r\n"


def render(is_csv, entries, manifest_line):
    if not is_csv:
        return "".join(canonical(e) + "\n" for e in entries) + canonical(manifest_line) + "\n"
    out = [csv_row(CSV_HEADER)]
    for e in entries:
        without = {k: v for k, v in e.items() if k != "hash"}
        row = [text_of(e.get("seq"))] + [text_of(e.get(c)) for c in READABLE]
        row += [canonical(without), text_of(e.get("prevHash")), text_of(e.get("hash"))]
        out.append(csv_row(row))
    last = [""] * len(CSV_HEADER)
    last[3] = "MANIFEST"
    last[9] = canonical(manifest_line)
    out.append(csv_row(last))
    return "".join(out)


def parse_csv(text):
    rows, row, field, quoted, any_char, i = [], [], [], False, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == '"' and i + 1 < len(text) and text[i + 1] == '"':
                field.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                field.append(c)
        elif c == '"':
            quoted, any_char = True, True
        elif c == ",":
            row.append("".join(field))
            field, any_char = [], True
        elif c in "\r\n":
            if c == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
            row.append("".join(field))
            rows.append(row)
            row, field, any_char = [], [], False
        else:
            field.append(c)
            any_char = True
        i += 1
    if quoted:
        raise Invalid("the CSV ends inside a quoted field (cut off?)")
    if any_char or field:
        row.append("".join(field))
        rows.append(row)
    return rows


def records_of(text, is_csv):
    records = []
    if is_csv:
        rows = parse_csv(text)
        for n, row in enumerate(rows[1:], start=2):
            if len(row) != 12:
                raise Invalid("line %d: %d columns instead of 12" % (n, len(row)))
            record = parse_object(row[9], n)
            if "manifest" not in record:
                record["hash"] = row[11]
            records.append(record)
        return records
    if not text.endswith("\n"):
        raise Invalid("the file does not end with a line feed (cut off?)")
    for n, line in enumerate(text[:-1].split("\n"), start=1):
        records.append(parse_object(line, n))
    return records


def is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def verify(data, public_key):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid("the file is not UTF-8")
    is_csv = text.startswith('"seq",')
    records = records_of(text, is_csv)
    if not records:
        raise Invalid("the file has no manifest")
    manifest_line = records.pop()
    if set(manifest_line.keys()) != {"manifest", "signature"} or not isinstance(manifest_line["manifest"], dict) \
            or not isinstance(manifest_line["signature"], str):
        raise Invalid('the last line is not the manifest {"manifest": ..., "signature": ...}')
    previous = GENESIS
    for i, entry in enumerate(records):
        line = i + 1 + (1 if is_csv else 0)
        if "manifest" in entry:
            raise Invalid("line %d: a manifest before the last line" % line)
        if not is_integer(entry.get("seq")) or entry["seq"] != i + 1:
            raise Invalid("line %d: seq is %r, expected %d (a line removed, added or moved)" % (line, entry.get("seq"), i + 1))
        if entry.get("prevHash") != previous:
            raise Invalid("line %d: prevHash does not match the hash of the entry before it" % line)
        digest = entry_hash(previous, entry)
        if entry.get("hash") != digest:
            raise Invalid("line %d: hash does not match the entry (its content was changed)" % line)
        previous = digest
    manifest = manifest_line["manifest"]
    if not is_integer(manifest.get("count")) or manifest["count"] != len(records):
        raise Invalid("the manifest counts %r entries, the file has %d" % (manifest.get("count"), len(records)))
    if manifest.get("lastHash") != previous:
        raise Invalid("the manifest's lastHash is not the hash of the last entry")
    if set(manifest.keys()) != {"count", "lastHash", "query", "exportedAt", "exportedBy"} \
            or not isinstance(manifest["query"], dict):
        raise Invalid("the manifest has not exactly count, lastHash, query, exportedAt and exportedBy")
    try:
        signature = base64.b64decode(manifest_line["signature"], validate=True)
    except ValueError:
        raise Invalid("the signature is not base64")
    if not ed25519_verify(public_key, canonical(manifest).encode("utf-8"), signature):
        raise Invalid("the manifest's signature does not verify with this public key")
    expected = render(is_csv, records, manifest_line)
    if expected != text:
        line = 1
        for a, b in zip(expected, text):
            if a != b:
                break
            if a == "\n":
                line += 1
        raise Invalid("line %d is not written as the desk writes it (bytes changed)" % line)
    return len(records), previous, manifest


def main(argv):
    args = argv[1:]
    if len(args) != 3 or args[1] != "--key":
        sys.stderr.write("Usage: verify-export.py EXPORT_FILE --key EXPORT_PUBLIC_KEY.pem\n")
        return 2
    try:
        with open(args[2], encoding="ascii") as f:
            public_key = read_public_key(f.read())
        with open(args[0], "rb") as f:
            data = f.read()
    except (OSError, ValueError, Invalid) as e:
        sys.stderr.write("FAILED: %s\n" % e)
        return 2
    try:
        count, last_hash, manifest = verify(data, public_key)
    except Invalid as e:
        print("FAILED: %s" % e)
        return 1
    fingerprint = hashlib.sha256(SPKI_PREFIX + public_key).hexdigest()
    print("OK: %d entries, hash chain intact, last hash %s" % (count, last_hash))
    print("Signed with the key %s (SHA-256 of the public key)" % fingerprint)
    print("Exported by %s at %s; query %s" % (manifest["exportedBy"], manifest["exportedAt"], canonical(manifest["query"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
