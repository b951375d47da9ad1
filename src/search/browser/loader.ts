// Loads Fuse and the index parts by injecting classic <script> tags: no
// fetch or XHR, which browsers refuse on file://. Script URLs are relative to
// the page, from the site root the page declares (<html data-site-root>).
import { loadPart, type FuseConstructor, type LoadedPart } from "../engine";
import { FUSE_PATH, PART_NAMES, partPath, type PartData, type PartName } from "../parts";

declare global {
  interface Window {
    BA_SEARCH_PARTS?: Partial<Record<PartName, PartData>>;
    Fuse?: FuseConstructor;
  }
}

export type Loader = {
  /** Starts loading these parts (and Fuse); resolves when they are ready. */
  ensure: (parts: readonly PartName[]) => Promise<void>;
  /** Parts ready now, in display order. */
  ready: () => LoadedPart[];
  /** Parts asked for and not ready yet. */
  pending: () => PartName[];
  /** Called each time a part becomes ready. */
  onReady: (listener: () => void) => void;
  failed: () => boolean;
};

function injectScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

export function createLoader(root: string): Loader {
  const ready = new Map<PartName, LoadedPart>();
  const loading = new Map<PartName, Promise<void>>();
  const listeners: (() => void)[] = [];
  let fuse: Promise<FuseConstructor> | null = null;
  let failed = false;

  const ensureFuse = () =>
    (fuse ??= injectScript(root + FUSE_PATH).then(() => {
      if (!window.Fuse) throw new Error("Fuse did not load");
      return window.Fuse;
    }));

  const ensurePart = (name: PartName): Promise<void> => {
    let p = loading.get(name);
    if (!p) {
      p = Promise.all([ensureFuse(), injectScript(root + partPath(name))])
        .then(([Fuse]) => {
          const data = window.BA_SEARCH_PARTS?.[name];
          if (!data) throw new Error(`search part ${name} is missing`);
          ready.set(name, loadPart(data, Fuse));
          delete window.BA_SEARCH_PARTS![name]; // the loaded part holds it now
          // Which parts are ready, for styles and tests: <html data-search-ready="departments terms">.
          document.documentElement.setAttribute("data-search-ready", PART_NAMES.filter((n) => ready.has(n)).join(" "));
          for (const l of listeners) l();
        })
        .catch((e: unknown) => {
          failed = true;
          for (const l of listeners) l();
          throw e;
        });
      loading.set(name, p);
    }
    return p;
  };

  return {
    ensure: (parts) => Promise.all(parts.map(ensurePart)).then(() => undefined),
    ready: () => PART_NAMES.filter((n) => ready.has(n)).map((n) => ready.get(n)!),
    pending: () => [...loading.keys()].filter((n) => !ready.has(n)),
    onReady: (l) => void listeners.push(l),
    failed: () => failed,
  };
}
