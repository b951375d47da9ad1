// Layer 2: rows of cells. One tokenizer per flattening; everything after this
// layer sees only rows of cells, whatever the layout was.
import type { Cell, Layout, Line, Row } from "./model.ts";

export function toRows(lines: readonly Line[], layout: Layout): Row[] {
  switch (layout) {
    case "pipe-fragments":
      return pipeRows(lines);
    case "tsv":
    case "markdown-tsv":
      return tabRows(lines);
    case "pdf-text":
      return textRows(lines);
  }
}

const row = (cells: Cell[]): Row => ({ cells, line: cells[0]?.line ?? 0 });

/** Tab-separated lines keep their blank cells: columns may still be shifted. */
function tabRows(lines: readonly Line[]): Row[] {
  const rows: Row[] = [];
  for (const l of lines) {
    if (l.text.trim() === "") continue;
    const cells = l.text.split("\t").map((t) => ({ text: t.trim(), line: l.n }));
    rows.push(row(cells));
  }
  return rows;
}

/**
 * Pipe fragments: a line holding only "|" opens a row, each "text |" line is a
 * cell, and runs of "||||" pad the row with cells the flattening dropped.
 */
function pipeRows(lines: readonly Line[]): Row[] {
  const rows: Row[] = [];
  let current: Cell[] | null = null;
  const flush = () => {
    if (current && current.length) rows.push(row(current));
    current = null;
  };
  for (const l of lines) {
    const t = l.text.trim();
    if (t === "") continue;
    if (t === "|") {
      flush();
      current = [];
      continue;
    }
    if (!t.includes("|")) {
      flush();
      rows.push(row([{ text: t, line: l.n }]));
      continue;
    }
    // A markdown table row, "| a | b |", is a whole row on one line.
    if (/^\|.*\|$/.test(t) && t.length > 2) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(t)) continue; // "|---|---|" separator
      rows.push(row(t.slice(1, -1).split("|").map((text) => ({ text: text.trim(), line: l.n }))));
      continue;
    }
    current ??= [];
    for (const part of t.split("|")) {
      const text = part.trim();
      if (text) current.push({ text, line: l.n });
    }
  }
  flush();
  return rows;
}

/**
 * Text flattened from PDF: blank cells vanish, so a row is its tokens. Letters
 * spaced out for justification ("合    计") are joined back together.
 */
function textRows(lines: readonly Line[]): Row[] {
  const rows: Row[] = [];
  for (const l of lines) {
    const tokens = l.text.trim().split(/\s+/).filter(Boolean);
    if (!tokens.length) continue;
    rows.push(row(joinSpacedLetters(tokens).map((text) => ({ text, line: l.n }))));
  }
  return rows;
}

const SINGLE_HAN = /^[\u4e00-\u9fff]$/;

/** Consecutive one-letter tokens are one word spaced out: "合" "计" → "合计". */
function joinSpacedLetters(tokens: string[]): string[] {
  const out: string[] = [];
  let spaced = false;
  for (const t of tokens) {
    const single = SINGLE_HAN.test(t);
    if (single && spaced) out[out.length - 1] += t;
    else out.push(t);
    spaced = single;
  }
  return out;
}

/** Row helpers shared by the extractors. */
export const rowText = (r: Row): string => r.cells.map((c) => c.text).join("");
