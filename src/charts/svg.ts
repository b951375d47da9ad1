// Renders an Observable Plot spec to an SVG string at build time, using a
// jsdom document (no browser, nothing fetched). Plot's default class name is a
// constant, so the output is byte-stable across builds.
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";

let sharedDocument: Document | undefined;

function svgDocument(): Document {
  if (!sharedDocument) sharedDocument = new JSDOM("<!doctype html><html><body></body></html>").window.document;
  return sharedDocument;
}

export function renderPlot(options: Plot.PlotOptions): string {
  const node = Plot.plot({ ...options, document: svgDocument() });
  return roundCoordinates((node as Element).outerHTML);
}

/**
 * Rounds long decimals inside tags (coordinates such as x="255.45584465172095")
 * to 2 places; text content is left alone. Keeps department pages small.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(/<[^>]+>/g, (tag) => tag.replace(/-?\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2)))));
}
