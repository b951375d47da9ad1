// Links a comparison figure needs, supplied by the page (already relative to
// it), so the figure builders stay pure.
export type CompareLinks = {
  department: (slug: string, anchor?: string) => string;
  source: (slug: string, line: number) => string;
};
