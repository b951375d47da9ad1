// Element ids of performance-indicator rows on a department page, as the page
// writes them (src/lib/budget.ts indicatorGroups; src/pages/departments/[slug].astro).
// The browser test checks that every search result's anchor exists in dist/.

/** Row of record.indicators[n - 1]. */
export const indicatorAnchor = (n: number) => `indicator-${n}`;

/** Row of record.departmentIndicators[n - 1] (部门整体绩效指标). */
export const departmentIndicatorAnchor = (n: number) => `department-indicator-${n}`;
