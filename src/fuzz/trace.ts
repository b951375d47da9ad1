// Tracing a record's figures back to the source: every numeric figure that has
// provenance must be readable on the line its provenance names. Independent of
// the ingest's own number parsing on purpose, so a bug there shows up here.
import type { Department } from "../lib/schema.ts";
import { splitLines } from "../lib/sourceText.ts";

export interface Figure {
  /** Provenance path, e.g. "functionalClasses.3.amount". */
  path: string;
  value: number;
  /** 1-based source line. */
  line: number;
}

export interface UntracedFigure extends Figure {
  /** The provenance line's text ("" when the line does not exist). */
  text: string;
  state: string | null;
  /**
   * Found only when the line is joined with the next one: a number broken
   * across a line break ("6" / ".6万元"), which the strict rule does not allow.
   */
  joinedWithNext: boolean;
  /** Found only once "**" markers are taken out of the line ("2**.50" read as 2.5). */
  acrossMarkdown: boolean;
}

/** Counts, not amounts: stated as integers, never in 元. */
const COUNT_PATH = /^(vehicles|headcount\.value|year)$/;

/** The value at a dotted path ("projects.2.amount") of the record, or undefined. */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Every numeric figure that has provenance. Names and units (strings, objects) are skipped. */
export function figuresOf(record: Department): Figure[] {
  const out: Figure[] = [];
  for (const [path, line] of Object.entries(record.provenance)) {
    const value = valueAt(record, path);
    if (typeof value === "number") out.push({ path, value, line });
  }
  return out;
}

const FULL_WIDTH: Record<string, string> = { "，": ",", "．": ".", "－": "-" };

/** Full-width digits and ，．－ to ASCII; HTML tags removed (markdown layouts wrap cells in <b>…</b>). */
export function normalizeLine(line: string): string {
  return line
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[，．－]/g, (c) => FULL_WIDTH[c]);
}

const TAG = /<\/?[a-zA-Z][^>]*>/g;

/**
 * Number tokens of a line, as canonical decimal strings ("1,207.80" → "1207.8").
 * A token is a maximal run: "2026" holds no "20", "5.5" no "5", "1,207.84" no
 * "207.84". Thousands commas are read only in well-formed groups; a malformed
 * "1,23" is no number at all. `integers` keeps only tokens written without a
 * decimal point (counts).
 */
export function numberTokens(line: string, integers = false): Set<string> {
  const out = new Set<string>();
  const normalized = normalizeLine(line);
  const variants = new Set([normalized, normalized.replace(TAG, "")]);
  for (const text of variants) {
    for (const re of [GROUPED, PLAIN]) {
      for (const m of text.matchAll(re)) {
        if (integers && m[2].includes(".")) continue;
        // A "-" glued to a word ("7141001-单位", "2022-2023") is a dash, not a sign.
        const before = text[m.index - 1] ?? "";
        const sign = m[1] && !/[\p{L}\p{N}]/u.test(before) ? "-" : "";
        out.add(canonical(sign + m[2]));
      }
    }
  }
  return out;
}

/** "1,207.84": groups of three after the first. */
const GROUPED = /(?<![\d.]|\d,)(-?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?!\d|[.,]\d)/g;
/** "1207.84", "0", "2026". */
const PLAIN = /(?<![\d.]|\d,)(-?)(\d+(?:\.\d+)?)(?!\d|[.,]\d)/g;

/** "-001,207.8400" → "-1207.84"; "0.00" → "0". */
export function canonical(s: string): string {
  const negative = s.startsWith("-");
  const body = s.replace(/^-/, "").replace(/,/g, "");
  let [whole, frac = ""] = body.split(".");
  whole = whole.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  const out = frac ? `${whole}.${frac}` : whole;
  return negative && out !== "0" ? `-${out}` : out;
}

/** A JSON number as a plain decimal string: 1e-7 → "0.0000001", 1e21 → "1000000000000000000000". */
export function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return canonical(s);
  const [, sign, whole, frac = "", exp] = m;
  return canonical(sign + shiftPoint(whole + "." + frac, Number(exp)));
}

/** Move the decimal point of an unsigned decimal string `by` places right (negative: left). */
export function shiftPoint(unsigned: string, by: number): string {
  const [whole, frac = ""] = unsigned.split(".");
  const digits = whole + frac;
  let point = whole.length + by;
  let padded = digits;
  if (point < 0) {
    padded = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > padded.length) padded = padded + "0".repeat(point - padded.length);
  return `${padded.slice(0, point) || "0"}.${padded.slice(point)}`.replace(/\.$/, "");
}

/** The forms a figure may take on its line: as stated in 万元, and in 元 (× 10000) when the document has a 元 table. */
function statedForms(path: string, value: number, yuan: boolean): string[] {
  const plain = plainDecimal(value);
  if (COUNT_PATH.test(path)) return Number.isInteger(value) ? [plain] : [];
  if (!yuan) return [plain];
  const negative = plain.startsWith("-");
  return [plain, canonical((negative ? "-" : "") + shiftPoint(plain.replace(/^-/, ""), 4))];
}

export interface TraceOptions {
  /** The document states a table in 元: its figures may appear × 10000. Default true. */
  yuan?: boolean;
  /**
   * Also look for the figure on the line joined with the next one (a PDF cell
   * broken across lines, "1,207.8" / "4"). Off by default: the seeds never need it.
   */
  joinNext?: boolean;
}

/** Whether one figure is found on its provenance line. */
export function isTraced(figure: Figure, lines: readonly string[], state: string | undefined, options: TraceOptions = {}): boolean {
  if (figure.value === 0 && (state === "statedZero" || state === "blank")) return true;
  const text = lines[figure.line - 1];
  if (text === undefined) return false;
  const forms = statedForms(figure.path, figure.value, options.yuan ?? true);
  // Counts are stated as integers: "1.00" never states a count.
  const integers = COUNT_PATH.test(figure.path);
  const tokens = numberTokens(text, integers);
  if (forms.some((f) => tokens.has(f))) return true;
  if (options.joinNext && !integers && lines[figure.line] !== undefined) {
    const joined = numberTokens(text.trimEnd() + lines[figure.line].trimStart());
    return forms.some((f) => joined.has(f));
  }
  return false;
}

/** Figures whose value cannot be found on the source line their provenance names. */
export function untraced(record: Department, sourceText: string, options: TraceOptions = {}): UntracedFigure[] {
  const lines = splitLines(sourceText); // as the source viewer and the ingest split them
  const out: UntracedFigure[] = [];
  // Amounts × 10000 only where the record has a table stated in 元.
  options = { yuan: record.tables.some((t) => t.unit === "元"), ...options };
  for (const f of figuresOf(record)) {
    const state = record.states[f.path];
    if (isTraced(f, lines, state, options)) continue;
    const joinedWithNext = !options.joinNext && isTraced(f, lines, state, { ...options, joinNext: true });
    const bare = lines.map((l) => l.replace(/\*\*/g, ""));
    const acrossMarkdown = lines[f.line - 1]?.includes("**") === true && isTraced(f, bare, state, options);
    out.push({ ...f, text: lines[f.line - 1] ?? "", state: state ?? null, joinedWithNext, acrossMarkdown });
  }
  return out;
}
