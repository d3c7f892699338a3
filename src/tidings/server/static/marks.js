// The article text with what was extracted marked in it: actors, event triggers (by tendency),
// quotations, amounts, dates and places. Spans overlap (an actor inside a quotation), so the
// text is cut at every span boundary and each piece carries the classes of the spans over it.
// Every piece is a text node: markup inside the article is shown, never interpreted.

import { h, tendency } from "./dom.js";

export const MARK_KINDS = [
  ["actor", "Actor"],
  ["event", "Event trigger"],
  ["quote", "Quotation"],
  ["amount", "Amount / count"],
  ["date", "Date"],
  ["place", "Place"],
];

// [{start, end, classes: [...], label}] from an ArticleResult.
export function spansOf(result, scores) {
  const spans = [];
  for (const actor of result.actors || []) {
    const code = actor.country ? ` (${actor.country}${actor.sector ? "/" + actor.sector : ""})` : "";
    for (const [start, end] of actor.mentions || []) {
      spans.push({ start, end, classes: ["actor"], label: `actor ${actor.id}: ${actor.name}${code}` });
    }
  }
  for (const event of result.events || []) {
    const side = tendency(scores[event.type]);
    spans.push({
      start: event.start, end: event.end, classes: ["event", side],
      label: `event ${event.id}: ${event.type} (${side === "coop" ? "cooperation" : side})`,
    });
  }
  for (const quote of result.quotes || []) {
    const who = quote.speaker ? quote.speaker.name : "unattributed";
    spans.push({ start: quote.start, end: quote.end, classes: ["quote"], label: `quotation (${quote.kind}): ${who}` });
  }
  for (const quantity of result.quantities || []) {
    const unit = quantity.unit ? ` ${quantity.unit}` : "";
    spans.push({ start: quantity.start, end: quantity.end, classes: ["amount"], label: `${quantity.kind}: ${quantity.value}${unit}` });
  }
  for (const date of result.dates || []) {
    spans.push({ start: date.start, end: date.end, classes: ["date"], label: `date: ${date.value || "unresolved"}` });
  }
  for (const place of result.places || []) {
    for (const [start, end] of place.mentions || []) {
      spans.push({ start, end, classes: ["place"], label: `place: ${place.name}${place.country ? " (" + place.country + ")" : ""}` });
    }
  }
  return spans.filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start);
}

// A <div> holding the text cut into marked pieces.
export function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = h("div", { class: "article-text", "data-testid": "marked-text" });
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const over = spans.filter((span) => span.start <= from && span.end >= to);
    if (!over.length) {
      root.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(["mark"]);
    over.forEach((span) => span.classes.forEach((name) => classes.add(name)));
    root.appendChild(h("span", { class: [...classes], title: over.map((span) => span.label).join("\n") }, piece));
  }
  return root;
}
