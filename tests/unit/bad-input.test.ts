// Whatever users feed the atlas, each file yields a correct record or one line
// naming the file, the line and the problem; the other files are still read.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestBatch, type BatchResult } from "../../src/ingest/batch.ts";
import { encodeGb18030 } from "../support/gb18030.ts";

const SEED_003 = "seeds/003_287d70c37cde1d0b.txt";
const SEED_004 = "seeds/004_7197d852b55ec88e.txt";
const bytesOf = (file: string) => readFileSync(file);
const textOf = (file: string) => readFileSync(file, "utf8");

function one(file: string, bytes: Uint8Array | string): BatchResult {
  const [result] = ingestBatch([{ file, bytes: typeof bytes === "string" ? Buffer.from(bytes) : bytes }]);
  return result;
}

function record(result: BatchResult) {
  if (!result.ok) throw new Error(`expected a record, got: ${result.error}`);
  return result.extraction.record;
}

function error(result: BatchResult): string {
  if (result.ok) throw new Error(`expected an error, got a record for ${result.extraction.record.slug}`);
  return result.error;
}

/** The record of the unaltered seed, but for what the altered bytes must change. */
const withoutHash = (r: ReturnType<typeof record>) => ({ ...r, source: { ...r.source, sha256: "" } });

const reference = record(one(SEED_004, bytesOf(SEED_004)));
const reference003 = record(one(SEED_003, bytesOf(SEED_003)));

describe("bad input: each case gives a correct record or a file:line error", () => {
  it("an empty file", () => {
    expect(error(one("in/empty.txt", ""))).toBe("in/empty.txt:1: empty file: 0 bytes");
    expect(error(one("in/blank.txt", "\n \n\t\n"))).toBe("in/blank.txt:1: empty file: no text to read");
  });

  it("binary files: a PDF is named, NUL bytes give their line", () => {
    expect(error(one("in/report.txt", Buffer.from("%PDF-1.7\n%âãÏÓ\n")))).toMatch(/^in\/report\.txt:1: binary file, not text: a PDF file/);
    expect(error(one("in/book.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])))).toMatch(/^in\/book\.xlsx:1: binary file.*\.docx\/\.xlsx/);
    const nul = Buffer.concat([Buffer.from("部门收支总表\n单位：万元\n"), Buffer.from([0x00, 0x13, 0x88])]);
    expect(error(one("in/blob.bin", nul))).toBe("in/blob.bin:3: binary file, not text: NUL byte at offset 35");
  });

  it("bytes that are no known text encoding: the offset and line of the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("表一\n"), Buffer.from([0xff, 0xff, 0xff, 0x0a])]);
    expect(error(one("in/garbled.txt", bytes))).toBe("in/garbled.txt:2: not text in UTF-8, GB18030/GBK or UTF-16: bytes ff ff ff 0a at offset 7");
  });

  it("GB18030/GBK text is decoded, not rejected: the same record as the UTF-8 file", () => {
    const gbk = encodeGb18030(textOf(SEED_004));
    const result = one(SEED_004, gbk);
    expect(result.ok && result.encoding).toBe("gb18030");
    expect(withoutHash(record(result))).toEqual(withoutHash(reference));
    expect(record(result).totals.expenditureTotal).toBe(1136.88);
  });

  it("UTF-8 with a BOM and UTF-16 with a BOM: the same record, the same line numbers", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf(SEED_004)]);
    const fromBom = one(SEED_004, bom);
    expect(fromBom.ok && fromBom.encoding).toBe("utf-8-bom");
    expect(withoutHash(record(fromBom))).toEqual(withoutHash(reference));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(textOf(SEED_004), "utf16le")]);
    expect(withoutHash(record(one(SEED_004, utf16)))).toEqual(withoutHash(reference));
  });

  it("CRLF line endings: the same record", () => {
    const crlf = textOf(SEED_003).replace(/\n/g, "\r\n");
    expect(withoutHash(record(one(SEED_003, crlf)))).toEqual(withoutHash(reference003));
  });

  it("full-width digits and commas (１，１３６．８８) read as the ASCII figures", () => {
    const fullWidth = textOf(SEED_004)
      .replace(/(\d),(?=\d{3})/g, "$1，")
      .replace(/(\d)\.(?=\d)/g, "$1．")
      .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(fullWidth).toContain("１，１３６．８８");
    const r = record(one(SEED_004, fullWidth));
    expect(withoutHash(r)).toEqual(withoutHash(reference));
    expect(r.totals.revenueTotal).toBe(1136.88);
  });

  it("ASCII thousands separators (1,136.88) are read exactly", () => {
    expect(textOf(SEED_004)).toContain("1,136.88");
    expect(reference.totals.expenditureTotal).toBe(1136.88);
  });

  it("negative amounts are kept negative, and the totals they break are reported", () => {
    const lines = textOf(SEED_004).split("\n");
    // 住房保障支出 in 部门收支总表 (line 128), signed as an adjustment would be.
    lines[127] = lines[127].replace("20.86", "-20.86");
    expect(lines[127]).toBe("事业收入资金\t\t住房保障支出\t-20.86");
    const r = record(one(SEED_004, lines.join("\n")));
    const housing = r.functionalClasses.find((c) => c.code === "221");
    expect(housing).toMatchObject({ amount: -20.86, line: 128 });
    // The three other tables that state 住房保障支出 disagree with it: each is a finding.
    const disagreements = r.checks.filter((c) => c.id.startsWith("functionalClasses.221:"));
    expect(disagreements.map((c) => [c.severity, c.figures, c.lines])).toEqual([
      ["error", [20.86, -20.86], [16, 128]],
      ["error", [20.86, -20.86], [51, 128]],
      ["error", [20.86, -20.86], [197, 128]],
    ]);
  });

  it("a document cut off mid-table: what was read is kept, the cut is reported with its line", () => {
    const cut = textOf(SEED_004).split("\n").slice(0, 40).join("\n");
    const r = record(one(SEED_004, cut));
    expect(r.department).toBe("重庆市綦江区大数据应用发展管理局");
    // 财政拨款收支总表 (lines 5–22) was read whole; the department's own totals come later.
    expect(r.totals.generalBudgetAppropriation).toBe(1136.88);
    expect(r.totals.revenueTotal).toBeNull();
    expect(r.threePublic.total).toBeNull();
    expect(r.projects).toEqual([]);
    const truncated = r.checks.find((c) => c.id === "document.truncated");
    expect(truncated).toMatchObject({ severity: "warning", lines: [25, 40] });
    expect(truncated?.message).toContain("一般公共预算财政拨款支出预算表");
    expect(reference.checks.find((c) => c.id === "document.truncated")).toBeUndefined();
  });

  it("a file with no recognizable tables", () => {
    const prose = "关于2025年部门预算的说明\n本部门认真贯彻落实党中央决策部署，严格预算管理。\n";
    expect(error(one("in/prose.txt", prose))).toBe("in/prose.txt:1: no budget table found in 2 lines (layout pdf-text): expected titles such as 部门收支总表");
  });

  it("two files for the same department and year: the first is kept, the second is named", () => {
    const edited = textOf(SEED_004).replace("11.98", "11.99");
    const results = ingestBatch([
      { file: SEED_004, bytes: bytesOf(SEED_004) },
      { file: "seeds/004-copy.txt", bytes: bytesOf(SEED_004) },
      { file: "seeds/004-edited.txt", bytes: Buffer.from(edited) },
      { file: SEED_003, bytes: bytesOf(SEED_003) },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    const line = reference.provenance.department;
    expect(error(results[1])).toBe(`seeds/004-copy.txt:${line}: a byte-identical copy of ${SEED_004} (chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025); the first file is kept`);
    expect(error(results[2])).toBe(`seeds/004-edited.txt:${line}: the same department and year as ${SEED_004} (chongqingshiqijiangqudashujuyingyongfazhanguanliju-2025); the first file is kept`);
  });

  it("two disclosures pasted into one file", () => {
    const text = textOf(SEED_004);
    const lines = text.split("\n").length;
    expect(error(one("in/two.txt", text + text))).toBe(`in/two.txt:${lines + 4}: a second 重庆市綦江区大数据应用发展管理局（汇总）财政拨款收支总表 (the first is at line 5): the file seems to hold more than one disclosure; give each its own file`);
  });

  it("a very large file (50 MB): read in one pass, the same figures", () => {
    const filler = "本部门严格执行预算管理制度，加强预算执行监控，提高财政资金使用效益。\n".repeat(500_000);
    const big = Buffer.concat([bytesOf(SEED_003), Buffer.from(filler)]);
    expect(big.length).toBeGreaterThan(50_000_000);
    const r = record(one(SEED_003, big));
    expect(r.totals).toEqual(reference003.totals);
    expect(r.threePublic).toEqual(reference003.threePublic);
    expect(r.projects).toEqual(reference003.projects);
  }, 120_000);

  it("script, img onerror and javascript: links in names stay text in the record", () => {
    const hostile = textOf(SEED_004).replaceAll("西部信息安全谷建设专项经费", 'javascript:alert(1)"><svg onload=alert(2)>&lt;script&gt;');
    const r = record(one(SEED_004, hostile));
    const project = r.projects.find((p) => p.name.includes("javascript:"));
    // Tags are markup of the markdown layout and are dropped; the rest is kept as plain text.
    expect(project?.name).toBe('javascript:alert(1)">&lt;script&gt;');
    expect(project?.amount).toBe(reference.projects.find((p) => p.name.includes("西部信息安全谷"))?.amount);
  });
});
