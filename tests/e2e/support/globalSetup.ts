import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildRendererPrivately, checkChromium } from './headless';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The renderer built for this e2e run (private, so runs of several people never overwrite each other's). */
    e2eDistDir: string;
  }
}

/** Checks the browser starts, then builds the renderer once per e2e run into a private folder; every test file serves that build. */
export default async function setup(project: TestProject): Promise<() => void> {
  // Before the build: with no usable browser the run stops at once with the resolver's one-line message.
  console.log(`e2e: ${await checkChromium()}`);
  const started = Date.now();
  const distDir = buildRendererPrivately('kyosei-e2e-dist-');
  console.log(`e2e: renderer built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${distDir}`);
  project.provide('e2eDistDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
