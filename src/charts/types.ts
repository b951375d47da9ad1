// A chart as the page needs it: the SVG plus the same numbers as rows for the
// accessible data table, each row carrying its source line.

export type ChartRow = {
  label: string;
  code?: string; // classification code (科目编码), shown in the data table
  amount: number | null; // 万元; null = 未披露
  line: number | null; // 1-based source line, when known
  series?: string;
  share?: number | null; // optional share to show in the table
};

export type Chart = {
  id: string; // anchor id on the page
  title: string;
  year: number | null;
  rows: ChartRow[];
  svg: string;
  legend?: { label: string; color: string }[];
  note?: string; // why some rows are as they are (e.g. which level is shown)
};

/** Builds a link to a source line; supplied by the page so charts stay pure. */
export type SourceHref = (line: number) => string;
