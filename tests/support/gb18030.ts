// A GB18030 encoder for tests, built by inverting Node's own decoder over the
// two-byte (GBK) and four-byte BMP ranges: Node ships only the decoder.
let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const add = (bytes: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(bytes));
      if (ch.length && !map.has(ch)) map.set(ch, bytes);
    } catch {
      // Not a valid sequence.
    }
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) add([a, b, c, d]);
  return map;
}

export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 bytes for U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
