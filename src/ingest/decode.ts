// Bytes → text. Disclosures arrive as UTF-8 (with or without a BOM), as
// GB18030/GBK from Windows tools, or as UTF-16 with a BOM. Binary files (a PDF,
// a Word or Excel file) are refused with a message that says what they are.
import { IngestError } from "./errors.ts";

export type Encoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be";

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Magic numbers of the binary formats users are likely to feed in by mistake. */
const SIGNATURES: ReadonlyArray<[bytes: number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF file: convert it to text first (e.g. pdftotext -layout)"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP container (.docx/.xlsx): save it as text first"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Office file (.doc/.xls): save it as text first"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x1f, 0x8b], "a gzip archive"],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** 1-based line of a byte offset: the line a user should open. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Offset of the first byte that is not valid UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Control characters other than tab, newlines and form feed: text has next to none. */
function refuseControlCharacters(decoded: Decoded): Decoded {
  const controls = decoded.text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 16 && controls > decoded.text.length / 100) {
    throw new IngestError(`binary file, not text: ${controls} control characters`, 1);
  }
  return decoded;
}

export function decodeSource(bytes: Uint8Array): Decoded {
  return refuseControlCharacters(decodeBytes(bytes));
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError("empty file: 0 bytes", 1);
  for (const [signature, what] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new IngestError(`binary file, not text: ${what}`, 1);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // NUL never occurs in text; a file holding one is binary whatever its name says.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(`binary file, not text: NUL byte at offset ${nul}`, lineAtByte(bytes, nul));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes.subarray(3), "utf-8");
    if (text === null) throw invalid(bytes);
    return { text, encoding: "utf-8-bom" };
  }
  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
  const gb = decodeStrict(bytes, "gb18030");
  if (gb !== null) return { text: gb, encoding: "gb18030" };
  throw invalid(bytes);
}

function invalid(bytes: Uint8Array): IngestError {
  const offset = firstInvalidUtf8(bytes);
  const hex = [...bytes.subarray(offset, offset + 4)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return new IngestError(`not text in UTF-8, GB18030/GBK or UTF-16: bytes ${hex} at offset ${offset}`, lineAtByte(bytes, offset));
}
