/**
 * Runs once before the browser suite: finds the built site (dist/, or $SHOPLENS_DIST) or builds the
 * 500-customer demo into temporary folders when there is none, then serves it on 127.0.0.1 for
 * every test file (test/site/serveDist.ts, gzip on, like a static host).
 */
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { serveDist } from "../site/serveDist.ts";
import { ensureSite } from "./helpers/site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    site: { url: string; dist: string; outDir: string | null; built: boolean };
  }
}

export default async function setup(project: TestProject) {
  const site = await ensureSite();
  if (site.built) console.log(`e2e: built the 500-customer demo into ${site.dist} in ${site.buildSeconds.toFixed(0)} s`);
  else console.log(`e2e: using the existing build in ${site.dist}`);
  const served = await serveDist(site.dist, { gzip: true });
  project.provide("site", { url: served.url, dist: site.dist, outDir: site.outDir, built: site.built });
  return async () => {
    await served.close();
    if (site.tempRoot) rmSync(site.tempRoot, { recursive: true, force: true });
  };
}
