// Minimal typing for the part of jsdom used at build time (chart rendering);
// @types/jsdom is not a dependency.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
