import path from 'node:path';
import { nodeFileOps, type FileOps } from './fileOps.js';
import type { ExampleNotebook } from '../../common/api.js';
import { parseNotebookText } from './parse.js';

/** Shipped example notebooks in data/, in the order the start screen lists them; the first opens on first start. */
export const EXAMPLE_IDS = ['attainment-vs-aging', 'programs-by-prefecture', 'welfare-rate-units', 'two-years', 'themes-by-prefecture'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];


export function exampleFile(examplesDir: string, id: ExampleId): string {
  return path.join(examplesDir, `${id}.kynb.json`);
}

export async function loadExamples(examplesDir: string, ops: FileOps = nodeFileOps): Promise<ExampleNotebook[]> {
  const out: ExampleNotebook[] = [];
  for (const id of EXAMPLE_IDS) {
    const file = exampleFile(examplesDir, id);
    const notebook = parseNotebookText(await ops.readText(file), path.basename(file));
    out.push({ id, title: notebook.metadata.title, notebook });
  }
  return out;
}
