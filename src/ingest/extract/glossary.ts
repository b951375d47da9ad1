// 名词解释: numbered "term：definition" entries after the glossary heading. A
// term may wrap over lines, so entries are split on their numbering in the
// joined text, not line by line.
import type { Document } from "../model.ts";
import { rowText } from "../rows.ts";

export interface GlossaryRow {
  term: string;
  definition: string;
  line: number;
}

const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)?(专业性)?名词解释$/;
const STOP = /^(第[一二三四五六七八九十]+部分|表\d|附件\d|部门预算公开联系人)/;
const NUMBERING = /(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/g;

export function glossaryOf(doc: Document): GlossaryRow[] {
  const rows = doc.rows;
  // The last heading: the first is often the table of contents.
  const start = rows.findLastIndex((r) => HEADING.test(rowText(r).replace(/\s+/g, "")));
  if (start < 0) return [];
  let text = "";
  const offsets: { at: number; line: number }[] = [];
  for (const r of rows.slice(start + 1)) {
    const t = rowText(r).replace(/\s+/g, "");
    if (STOP.test(t)) break;
    offsets.push({ at: text.length, line: r.line });
    text += t;
  }
  const lineAt = (i: number) => offsets.filter((o) => o.at <= i).pop()?.line ?? rows[start].line;
  // An entry starts at a numbering that begins a line or follows a full stop.
  const lineStarts = new Set(offsets.map((o) => o.at));
  const starts = [...text.matchAll(NUMBERING)].filter((m) => lineStarts.has(m.index) || /[。；;]$/.test(text.slice(0, m.index)));
  const out: GlossaryRow[] = [];
  starts.forEach((m, k) => {
    const body = text.slice(m.index + m[0].length, starts[k + 1]?.index ?? text.length);
    const colon = body.search(/[:：]/);
    if (colon < 2 || colon > 80) return;
    out.push({ term: body.slice(0, colon), definition: body.slice(colon + 1), line: lineAt(m.index) });
  });
  return out;
}
