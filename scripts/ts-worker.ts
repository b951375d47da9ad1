// A worker thread that runs a TypeScript module: tsx is registered inside the
// worker before the module is imported (workers do not inherit the loader).
import { Worker } from "node:worker_threads";

export function tsWorker(moduleUrl: string | URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(String(moduleUrl))}); });`;
  return new Worker(boot, { eval: true, workerData });
}
