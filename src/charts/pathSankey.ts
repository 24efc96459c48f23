import * as Plot from "@observablehq/plot";

export interface PathLink {
  depth: number;
  source: string;
  target: string;
  sessions: number;
}

export interface PathSankeyOptions {
  width: number;
  /** Labels drawn last at each depth (grouped and end nodes). */
  last: readonly string[];
  name: (label: string) => string;
  depthLabel: (depth: number) => string;
}

/**
 * A Sankey over several steps: column d holds the labels seen d steps after the start, stacked by
 * sessions (largest first, the grouped "(other)" and "(end)" last); a band joins a label at d to a
 * label at d + 1 with a width proportional to the sessions that went that way. Plot alone, as in
 * flowChart, so no Sankey dependency is needed.
 */
export function pathSankey(links: readonly PathLink[], o: PathSankeyOptions) {
  const depths = links.length ? Math.max(...links.map((l) => l.depth)) + 1 : 1;
  // A node's size: what enters it, or for the start column what leaves it. Every session that
  // reaches a node moves on (to a label or to "(end)"), so a node's outflow never exceeds it.
  const size = new Map<string, number>();
  const key = (d: number, label: string) => `${d}\u0000${label}`;
  const add = (k: string, v: number) => size.set(k, (size.get(k) ?? 0) + v);
  for (const l of links) {
    if (l.depth === 0) add(key(0, l.source), l.sessions);
    add(key(l.depth + 1, l.target), l.sessions);
  }
  const colTotal = (d: number) => [...size].filter(([k]) => k.startsWith(`${d}\u0000`)).reduce((s, [, v]) => s + v, 0);
  const biggest = Math.max(1, ...Array.from({ length: depths + 1 }, (_, d) => colTotal(d)));
  const gap = 0.015;
  const maxNodes = Math.max(1, ...Array.from({ length: depths + 1 }, (_, d) => [...size.keys()].filter((k) => k.startsWith(`${d}\u0000`)).length));
  // One scale for every column, so band widths match node heights on both ends.
  const scale = (1 - gap * (maxNodes - 1)) / biggest;
  const pos = new Map<string, { y0: number; y1: number; out: number; in: number }>();
  const nodes: { d: number; label: string; y0: number; y1: number; value: number }[] = [];
  for (let d = 0; d <= depths; d++) {
    const col = [...size].filter(([k]) => k.startsWith(`${d}\u0000`)).map(([k, v]) => ({ label: k.slice(k.indexOf("\u0000") + 1), v }));
    col.sort((a, b) => Number(o.last.includes(a.label)) - Number(o.last.includes(b.label)) || b.v - a.v || a.label.localeCompare(b.label));
    let y = 0;
    for (const c of col) {
      const h = c.v * scale;
      pos.set(key(d, c.label), { y0: y, y1: y + h, out: y, in: y });
      nodes.push({ d, label: c.label, y0: y, y1: y + h, value: c.v });
      y += h + gap;
    }
  }
  const bands: { x: number; y1: number; y2: number; k: string; source: string; sessions: number; title: string }[] = [];
  const steps = 16;
  for (const l of [...links].sort((a, b) => a.depth - b.depth || b.sessions - a.sessions)) {
    const a = pos.get(key(l.depth, l.source));
    const b = pos.get(key(l.depth + 1, l.target));
    if (!a || !b) continue;
    const h = l.sessions * scale;
    const [a0, b0] = [a.out, b.in];
    a.out += h;
    b.in += h;
    const title = `${o.name(l.source)} → ${o.name(l.target)}: ${l.sessions}`;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const s = t * t * (3 - 2 * t);
      const top = a0 + (b0 - a0) * s;
      bands.push({ x: l.depth + 0.04 + t * 0.92, y1: top, y2: top + h, k: `${l.depth}|${l.source}|${l.target}`, source: l.source, sessions: l.sessions, title });
    }
  }
  const colWidth = o.width / (depths + 1);
  const fontSize = colWidth < 120 ? 9 : 11;
  return Plot.plot({
    width: o.width,
    height: Math.max(300, Math.min(720, nodes.filter((n) => n.d === 1).length * 46 + 80)),
    marginTop: 26,
    marginLeft: 4,
    marginRight: Math.min(colWidth * 0.9, 150),
    x: { axis: null, domain: [0, depths + 0.04] },
    y: { axis: null, domain: [1, 0] },
    marks: [
      Plot.areaY(bands, { x: "x", y1: "y1", y2: "y2", z: "k", fill: "source", fillOpacity: 0.3, title: "title" }),
      Plot.rect(nodes, { x1: (n) => n.d, x2: (n) => n.d + 0.04, y1: "y0", y2: "y1", fill: "label", title: (n) => `${o.name(n.label)}: ${n.value}` }),
      Plot.text(nodes.filter((n) => n.y1 - n.y0 > 0.025), {
        x: (n) => n.d + 0.04, y: (n) => (n.y0 + n.y1) / 2, text: (n) => o.name(n.label), textAnchor: "start", dx: 3, fontSize,
        lineWidth: Math.max(4, (colWidth * 0.8) / fontSize), stroke: "var(--theme-background)", strokeWidth: 3, fill: "currentColor"
      }),
      Plot.text(Array.from({ length: depths + 1 }, (_, d) => d), { x: (d) => d, y: 0, dy: -14, text: (d) => o.depthLabel(d), textAnchor: "start", fontWeight: "bold", fontSize })
    ]
  });
}
