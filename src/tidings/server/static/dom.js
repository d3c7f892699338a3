// Building DOM safely: every string becomes a text node or an attribute value, never markup.
// Nothing in the explorer uses innerHTML, insertAdjacentHTML or document.write with data.

const SVG_NS = "http://www.w3.org/2000/svg";

// Attributes that load or navigate take only same-page routes, site paths or http(s) URLs:
// a "javascript:" link from a stored article can never be made.
const URL_ATTRIBUTES = new Set(["href", "src", "action", "xlink:href"]);

export function safeUrl(value) {
  const text = String(value).trim();
  if (text.startsWith("#") || (text.startsWith("/") && !text.startsWith("//"))) return text;
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch (_) {
    /* not a URL */
  }
  return "#";
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) throw new Error(`event handlers go through listen(), not attribute ${name}`);
    if (name === "class") node.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name === "value" && "value" in node) node.value = value;
    else if (name === "checked" || name === "selected" || name === "disabled") node[name] = Boolean(value);
    else if (URL_ATTRIBUTES.has(name)) node.setAttribute(name, safeUrl(value));
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// h("a", {href: "#/events"}, "Events", ...): an HTML element with text or element children.
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  return append(node, children);
}

// s("circle", {cx: 1, cy: 2, r: 3}): an SVG element.
export function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function listen(node, type, handler) {
  node.addEventListener(type, handler);
  return node;
}

export function fmtNumber(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return Number(value).toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

// Cooperation, conflict or neutral, from a PLOVER score (schema.EVENT_SCORES) or a mean of them.
export function tendency(score) {
  if (score === null || score === undefined) return "neutral";
  return score > 0 ? "coop" : score < 0 ? "conflict" : "neutral";
}

export function actorCode(country, sector) {
  if (!country) return "";
  return sector ? `${country}/${sector}` : country;
}
