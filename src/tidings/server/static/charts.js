// Charts drawn as SVG by hand (no chart library): the dyad timeline, the actor network and the
// event map. Labels are SVG text nodes; tooltips are <title> children; links are routes.

import { h, s, fmtNumber, tendency, actorCode } from "./dom.js";

function shortPeriod(period, freq) {
  if (freq === "year") return period.slice(0, 4);
  if (freq === "month") {
    const [year, month] = period.split("-");
    const name = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(month) - 1];
    return `${name} ${year.slice(2)}`;
  }
  return period.slice(5);
}

// Cooperation above the axis, conflict below, one pair of bars per period.
export function timelineChart(periods, { freq = "month", a = "A", b = "B" } = {}) {
  const width = 960;
  const height = 340;
  const margin = { top: 28, right: 20, bottom: 58, left: 48 };
  const inner = { w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const max = Math.max(1, ...periods.map((p) => Math.max(p.cooperation, p.conflict)));
  const zero = margin.top + inner.h / 2;
  const scale = (inner.h / 2) / max;
  const band = inner.w / Math.max(1, periods.length);
  const bar = Math.max(2, Math.min(36, band * 0.6));
  const svg = s("svg", {
    class: "chart timeline", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `Cooperation and conflict between ${a} and ${b} per ${freq}`, "data-testid": "timeline-chart",
  });
  svg.appendChild(s("title", {}, `Events between ${a} and ${b}: cooperation above the axis, conflict below`));
  // Grid lines and count labels, symmetric around the axis.
  const step = Math.max(1, Math.ceil(max / 4));
  for (let value = step; value <= max; value += step) {
    for (const sign of [1, -1]) {
      const y = zero - sign * value * scale;
      svg.appendChild(s("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: y, y2: y }));
      svg.appendChild(s("text", { class: "tick", x: margin.left - 6, y: y + 4, "text-anchor": "end" }, String(value)));
    }
  }
  svg.appendChild(s("line", { class: "axis", x1: margin.left, x2: width - margin.right, y1: zero, y2: zero }));
  svg.appendChild(s("text", { class: "tick", x: margin.left - 6, y: zero + 4, "text-anchor": "end" }, "0"));
  const labelEvery = Math.max(1, Math.ceil(periods.length / 16));
  periods.forEach((period, i) => {
    const x = margin.left + i * band + (band - bar) / 2;
    const tip = `${period.period}: ${period.events} events, ${period.cooperation} cooperation, ${period.conflict} conflict`
      + (period.mean_score === null ? "" : `, mean score ${fmtNumber(period.mean_score, 1)}`);
    if (period.cooperation > 0) {
      const hgt = period.cooperation * scale;
      svg.appendChild(s("rect", { class: "bar coop", x, y: zero - hgt, width: bar, height: hgt }, s("title", {}, tip)));
    }
    if (period.conflict > 0) {
      const hgt = period.conflict * scale;
      svg.appendChild(s("rect", { class: "bar conflict", x, y: zero, width: bar, height: hgt }, s("title", {}, tip)));
    }
    if (i % labelEvery === 0) {
      const lx = margin.left + i * band + band / 2;
      svg.appendChild(s("text", {
        class: "tick", x: lx, y: height - margin.bottom + 16, "text-anchor": "end",
        transform: `rotate(-40 ${lx} ${height - margin.bottom + 16})`,
      }, shortPeriod(period.period, freq)));
    }
  });
  svg.appendChild(s("text", { class: "legend coop", x: margin.left + 4, y: margin.top - 10 }, "▲ cooperation (score > 0)"));
  svg.appendChild(s("text", { class: "legend conflict", x: margin.left + 220, y: margin.top - 10 }, "▼ conflict (score < 0)"));
  return svg;
}

// --- network ---------------------------------------------------------------------------------------

const PALETTE = ["#3b6ea8", "#b5651d", "#5b8c3a", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#d35400", "#2c3e50", "#a0522d"];

function colourOf(key) {
  let hash = 0;
  for (const ch of String(key || "?")) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

// A small deterministic force layout: nodes start on a circle, repel each other, edges pull.
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: width / 2 + (Math.min(width, height) / 2.6) * Math.cos((2 * Math.PI * i) / n),
    y: height / 2 + (Math.min(width, height) / 2.6) * Math.sin((2 * Math.PI * i) / n),
  }));
  const index = new Map(nodes.map((node, i) => [node.name, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const ideal = Math.sqrt((width * height) / Math.max(1, n)) * 0.55;
  for (let step = 0; step < 300; step += 1) {
    const cooling = 1 - step / 300;
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy;
        const push = (ideal * ideal) / d2;
        force[i].x += dx * push * 0.05; force[i].y += dy * push * 0.05;
        force[j].x -= dx * push * 0.05; force[j].y -= dy * push * 0.05;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[b].x - pos[a].x;
      const dy = pos[b].y - pos[a].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const pull = (d - ideal) / d * 0.08;
      force[a].x += dx * pull; force[a].y += dy * pull;
      force[b].x -= dx * pull; force[b].y -= dy * pull;
    }
    for (let i = 0; i < n; i += 1) {
      force[i].x += (width / 2 - pos[i].x) * 0.01; // a weak pull to the centre keeps islands in view
      force[i].y += (height / 2 - pos[i].y) * 0.01;
      const len = Math.hypot(force[i].x, force[i].y) || 1;
      const limit = 12 * cooling + 0.5;
      pos[i].x += (force[i].x / len) * Math.min(len, limit);
      pos[i].y += (force[i].y / len) * Math.min(len, limit);
      pos[i].x = Math.max(60, Math.min(width - 60, pos[i].x));
      pos[i].y = Math.max(30, Math.min(height - 30, pos[i].y));
    }
  }
  return pos;
}

export function networkChart(data) {
  const width = 960;
  const height = 620;
  const { nodes, edges } = data;
  const pos = layout(nodes, edges, width, height);
  const index = new Map(nodes.map((node, i) => [node.name, i]));
  const maxEvents = Math.max(1, ...nodes.map((node) => node.events));
  const radius = (node) => 5 + 16 * Math.sqrt(node.events / maxEvents);
  const svg = s("svg", { class: "chart network", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Actor network", "data-testid": "network-chart" });
  const defs = s("defs", {});
  for (const side of ["coop", "conflict", "neutral"]) {
    defs.appendChild(s("marker", { id: `arrow-${side}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto" },
      s("path", { d: "M 0 0 L 10 5 L 0 10 z", class: `arrowhead ${side}` })));
  }
  svg.appendChild(defs);
  const edgeLayer = s("g", { class: "edges" });
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined) continue;
    const side = tendency(edge.mean_score);
    // Directed edges bend to their right, so A -> B and B -> A do not overlap; joint ones are straight.
    const dx = pos[b].x - pos[a].x;
    const dy = pos[b].y - pos[a].y;
    const d = Math.hypot(dx, dy) || 1;
    const bend = edge.kind === "acts" ? 0.15 * d : 0;
    const cx = (pos[a].x + pos[b].x) / 2 - (dy / d) * bend;
    const cy = (pos[a].y + pos[b].y) / 2 + (dx / d) * bend;
    const towards = (from, r) => {
      const ux = cx - from.x;
      const uy = cy - from.y;
      const len = Math.hypot(ux, uy) || 1;
      return [from.x + (ux / len) * r, from.y + (uy / len) * r];
    };
    const [x1, y1] = towards(pos[a], radius(nodes[a]));
    const [x2, y2] = towards(pos[b], radius(nodes[b]) + 1);
    const tip = `${edge.source} ${edge.kind === "joint" ? "with" : "→"} ${edge.target}: ${edge.events} events `
      + `(${edge.cooperation} cooperation, ${edge.conflict} conflict)`;
    edgeLayer.appendChild(s("path", {
      class: ["edge", side, edge.kind],
      d: `M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`,
      fill: "none",
      "stroke-width": 1 + Math.log2(1 + edge.events),
      "marker-end": edge.kind === "acts" ? `url(#arrow-${side})` : null,
    }, s("title", {}, tip)));
  }
  svg.appendChild(edgeLayer);
  // Labels go under the edges (arrowheads stay visible), circles on top of both.
  const labelLayer = s("g", { class: "labels" });
  const nodeLayer = s("g", { class: "nodes" });
  nodes.forEach((node, i) => {
    labelLayer.appendChild(s("text", { x: pos[i].x, y: pos[i].y + radius(node) + 13, "text-anchor": "middle", class: "node-label" }, node.name));
    const link = s("a", { href: `#/actor/${encodeURIComponent(node.name)}`, class: "node", "data-name": node.name });
    link.appendChild(s("circle", { cx: pos[i].x, cy: pos[i].y, r: radius(node), fill: colourOf(node.country) },
      s("title", {}, `${node.name} ${actorCode(node.country, node.sector)}: ${node.events} events`)));
    nodeLayer.appendChild(link);
  });
  svg.insertBefore(labelLayer, edgeLayer);
  svg.appendChild(nodeLayer);
  return svg;
}

// --- map -------------------------------------------------------------------------------------------

// Equirectangular: longitude and latitude straight to x and y.
export function project(lon, lat, width, height) {
  return [((lon + 180) / 360) * width, ((90 - lat) / 180) * height];
}

export function mapChart(world, points) {
  const width = 1000;
  const height = 500;
  const svg = s("svg", { class: "chart map", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Map of event locations", "data-testid": "map-chart" });
  svg.appendChild(s("rect", { class: "sea", x: 0, y: 0, width, height }));
  const land = s("g", { class: "land" });
  for (const feature of world.features || []) {
    const parts = [];
    for (const ring of feature.rings) {
      const coords = [];
      for (let i = 0; i + 1 < ring.length; i += 2) {
        const [x, y] = project(Number(ring[i]), Number(ring[i + 1]), width, height);
        coords.push(`${x.toFixed(1)},${y.toFixed(1)}`);
      }
      parts.push(`M${coords.join("L")}Z`);
    }
    land.appendChild(s("path", { d: parts.join(""), class: "country", "data-iso": feature.iso }, s("title", {}, feature.name)));
  }
  svg.appendChild(land);
  const maxEvents = Math.max(1, ...points.map((p) => p.events));
  const dots = s("g", { class: "points" });
  // Largest first, so small dots stay on top and can be hovered.
  for (const point of [...points].sort((p, q) => q.events - p.events)) {
    const [x, y] = project(point.lon, point.lat, width, height);
    const side = tendency(point.mean_score);
    dots.appendChild(s("circle", {
      class: ["point", side], cx: x, cy: y, r: 3 + 9 * Math.sqrt(point.events / maxEvents), "data-place": point.name,
    }, s("title", {}, `${point.name || "?"} (${point.country || "?"}): ${point.events} events, `
      + `${point.cooperation} cooperation, ${point.conflict} conflict; ${(point.types || []).join(", ")}`)));
  }
  svg.appendChild(dots);
  return svg;
}

export function legend(items) {
  return h("div", { class: "legend-row" }, items.map(([cls, label]) => h("span", { class: ["legend-item", cls] }, h("span", { class: "swatch" }), label)));
}
