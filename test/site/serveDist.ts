/**
 * A tiny static server for the built site (dist/), for browser tests and benchmarks: clean URLs
 * like Framework's (/zh/overview → zh/overview.html, /zh/ → zh/index.html), correct MIME types
 * (application/wasm matters for streaming compilation), optional gzip, localhost only.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8"
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".csv", ".svg", ".txt"]);

export interface ServeOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Gzip compressible responses when the client accepts it (default false). */
  gzip?: boolean;
}

export interface Served {
  /** Base URL, e.g. http://127.0.0.1:43117/ (always with a trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Maps a URL path onto a file under `root`, the way Framework's clean URLs expect; null if none. */
export function resolveFile(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const base = resolve(root);
  const target = normalize(join(base, path));
  if (target !== base && !target.startsWith(base + sep)) return null; // no escaping the root
  const candidates = path.endsWith("/") ? [join(target, "index.html")] : [target, `${target}.html`, join(target, "index.html")];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

export function serveDist(dir: string, { port = 0, gzip = false }: ServeOptions = {}): Promise<Served> {
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const file = resolveFile(dir, req.url ?? "/");
    if (!file) {
      const notFound = resolveFile(dir, "/404");
      res.writeHead(404, { "content-type": MIME[".html"] });
      if (notFound && req.method === "GET") createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers: Record<string, string> = {
      "content-type": MIME[ext] ?? "application/octet-stream",
      "cache-control": "no-cache"
    };
    const compress = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (compress) headers["content-encoding"] = "gzip";
    else headers["content-length"] = String(statSync(file).size);
    res.writeHead(200, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  };
  const server = createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          })
      });
    });
  });
}

// `npx tsx test/site/serveDist.ts [dir] [port]` serves dist/ by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const served = await serveDist(process.argv[2] ?? "dist", { port: Number(process.argv[3] ?? 8080), gzip: true });
  console.log(`serving ${process.argv[2] ?? "dist"} at ${served.url}`);
}
