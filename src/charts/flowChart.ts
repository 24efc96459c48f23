import * as Plot from "@observablehq/plot";

export interface FlowChartOptions {
  width: number;
  /** Node order on both sides. */
  order: readonly string[];
  name: (id: string) => string;
  fromLabel: string;
  toLabel: string;
}

export interface Flow {
  from: string;
  to: string;
  value: number;
}

/**
 * A two-column flow diagram (a Sankey with one step): each side stacks its nodes in `order`,
 * height proportional to customers; a band joins each from-node to each to-node with its width
 * proportional to the customers who moved. Drawn with Plot alone, no Sankey dependency.
 */
export function flowChart(flows: readonly Flow[], o: FlowChartOptions) {
  const total = flows.reduce((s, f) => s + f.value, 0) || 1;
  const gap = 0.012;
  const place = (side: "from" | "to") => {
    const sums = new Map<string, number>();
    for (const f of flows) sums.set(f[side], (sums.get(f[side]) ?? 0) + f.value);
    const nodes = o.order.filter((id) => (sums.get(id) ?? 0) > 0);
    const scale = (1 - gap * Math.max(0, nodes.length - 1)) / total;
    let y = 0;
    const pos = new Map<string, { y0: number; y1: number; cursor: number }>();
    for (const id of nodes) {
      const h = (sums.get(id) ?? 0) * scale;
      pos.set(id, { y0: y, y1: y + h, cursor: y });
      y += h + gap;
    }
    return { pos, scale };
  };
  const left = place("from");
  const right = place("to");
  const rank = (id: string) => o.order.indexOf(id);
  const bands: { x: number; y1: number; y2: number; key: string; from: string; to: string; value: number }[] = [];
  const sorted = [...flows].filter((f) => f.value > 0).sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
  // Right-side cursors advance in from-order so bands do not cross inside a node.
  const rightSorted = [...sorted].sort((a, b) => rank(a.to) - rank(b.to) || rank(a.from) - rank(b.from));
  const rightStart = new Map<Flow, number>();
  for (const f of rightSorted) {
    const node = right.pos.get(f.to)!;
    rightStart.set(f, node.cursor);
    node.cursor += f.value * right.scale;
  }
  const steps = 24;
  for (const f of sorted) {
    const a = left.pos.get(f.from)!;
    const a0 = a.cursor;
    a.cursor += f.value * left.scale;
    const b0 = rightStart.get(f)!;
    const h = f.value * left.scale;
    const key = `${f.from}→${f.to}`;
    for (let i = 0; i <= steps; i++) {
      const x = i / steps;
      const s = x * x * (3 - 2 * x); // smoothstep: a bump between the columns
      const top = a0 + (b0 - a0) * s;
      bands.push({ x, y1: top, y2: top + h, key, from: f.from, to: f.to, value: f.value });
    }
  }
  const nodeRects = (side: typeof left, x1: number, x2: number) =>
    [...side.pos.entries()].map(([id, p]) => ({ id, x1, x2, y1: p.y0, y2: p.y1, label: o.name(id) }));
  const lefts = nodeRects(left, -0.03, 0);
  const rights = nodeRects(right, 1, 1.03);
  const height = Math.max(260, o.order.length * 30);
  // Label margins fit the longest name up to a third of the width each; longer names wrap.
  const longest = Math.max(...o.order.map((id) => o.name(id).length), 4);
  const margin = Math.min(o.width / 3, longest * 7 + 12);
  const lineWidth = (margin - 8) / 11;
  return Plot.plot({
    width: o.width,
    height,
    marginLeft: margin,
    marginRight: margin,
    marginTop: 24,
    x: { axis: null, domain: [-0.03, 1.03] },
    y: { axis: null, domain: [1, 0] },
    color: { domain: o.order, scheme: "tableau10" },
    marks: [
      Plot.areaY(bands, { x: "x", y1: "y1", y2: "y2", z: "key", fill: "from", fillOpacity: 0.35, title: (d) => `${o.name(d.from)} → ${o.name(d.to)}: ${d.value}` }),
      Plot.rect(lefts, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "id" }),
      Plot.rect(rights, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "id" }),
      Plot.text(lefts, { x: "x1", y: (d) => (d.y1 + d.y2) / 2, text: "label", textAnchor: "end", dx: -4, fontSize: 11, lineWidth }),
      Plot.text(rights, { x: "x2", y: (d) => (d.y1 + d.y2) / 2, text: "label", textAnchor: "start", dx: 4, fontSize: 11, lineWidth }),
      Plot.text([o.fromLabel], { x: 0, y: 0, dy: -12, textAnchor: "end", fontWeight: "bold", lineWidth }),
      Plot.text([o.toLabel], { x: 1, y: 0, dy: -12, textAnchor: "start", fontWeight: "bold", lineWidth })
    ]
  });
}
