// Renders an Observable Plot spec to an SVG string at build time, using a
// jsdom document (no browser, nothing fetched). Plot's default class name is a
// constant, so the output is byte-stable across builds.
import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";

let sharedDocument: Document | undefined;

function svgDocument(): Document {
  sharedDocument ??= new JSDOM("<!doctype html><html><body></body></html>").window.document;
  return sharedDocument;
}

export function renderPlot(options: Plot.PlotOptions): string {
  const node = Plot.plot({ ...options, document: svgDocument() });
  return (node as Element).outerHTML;
}
