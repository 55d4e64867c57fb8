"""Reading a spreadsheet's CSV file as people have them: the text and the dialect.

One place for both imports (participants and OKRs):
- Encodings Excel writes: UTF-8 with or without BOM, Windows-1252 ("CSV (semicolon)" on a
  Norwegian Windows), and UTF-16 LE/BE with BOM ("Unicode text", tab-separated).
- An Excel "sep=;" first line.
- The separator found by the standard library's `csv.Sniffer` (quotes respected, so
  "Nordmann, Kari" in a semicolon file stays one name), with a count as the fallback.
- A file that is not text (a picture, random bytes) is refused, never read as rows.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

DELIMITERS = ";,\t|"
# Share of characters that no text file holds (control characters, broken surrogates,
# replacement characters) above which the file is not text.
NOT_TEXT_SHARE = 0.01


class UnreadableCsvError(ValueError):
    """The file is not a text table at all (binary, empty, or without the needed column)."""


@dataclass(frozen=True)
class CsvText:
    text: str
    encoding: str
    delimiter: str
    first_line: int  # the line number of `text`'s first line in the file (2 after "sep=")


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and its encoding; raises UnreadableCsvError when it is not text."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                raise UnreadableCsvError("bad " + encoding) from None
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4 and 0 not in data[0:40:2]:
        return _checked(data.decode("utf-16-le", errors="replace")), "utf-16-le"
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4 and 0 not in data[1:40:2]:
        return _checked(data.decode("utf-16-be", errors="replace")), "utf-16-be"
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        return _checked(data.decode("cp1252", errors="replace")), "windows-1252"


def _checked(text: str) -> str:
    if not text.strip():
        raise UnreadableCsvError("empty")
    odd = sum(
        1
        for c in text
        if c not in "\t\r\n" and (unicodedata.category(c) in ("Cc", "Cs") or c == "\ufffd")
    )
    if odd > max(2, len(text) * NOT_TEXT_SHARE):
        raise UnreadableCsvError("not text")
    return text


def read_csv_text(data: bytes) -> CsvText:
    """Decode and find the separator (an Excel "sep=" line wins over the sniffer)."""
    text, encoding = decode(data)
    lines = text.splitlines()
    first_line = 1
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        return CsvText("\n".join(lines[1:]), encoding, delimiter, 2)
    return CsvText(text, encoding, sniff_delimiter(lines), first_line)


def sniff_delimiter(lines: list[str]) -> str:
    """The separator that cuts the header into columns and every row into as many (a
    name like `",` fooled the standard library's sniffer into commas); the sniffer, then a
    count, when no separator does."""
    sample = "\n".join(line for line in lines[:30] if line.strip())
    best, best_key = None, (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [
                len(row)
                for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
                if any(cell.strip() for cell in row)
            ]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue  # no header columns with this one
        key = (sum(1 for width in widths if width == widths[0]) / len(widths), widths[0])
        if key > best_key:  # ties go to the first in DELIMITERS (";" before ",")
            best, best_key = delimiter, key
    if best is not None and best_key[0] == 1.0:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def rows(parsed: CsvText) -> Iterator[tuple[int, list[str]]]:
    """(line number in the file, cells) of every row, blank rows skipped. Lines may end
    as Windows, Unix or classic Mac OS end them (Excel's "CSV (Macintosh)" writes CR
    alone)."""
    reader = csv.reader(io.StringIO(parsed.text, newline=None), delimiter=parsed.delimiter)
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                yield reader.line_num + parsed.first_line - 1, row
    except csv.Error as error:  # a stray quote or NUL: said, never an endless import
        raise UnreadableCsvError(str(error)) from error
