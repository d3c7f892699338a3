// The tidings explorer: hash routes (#/view?filters), so every view and its filters can be
// bookmarked and shared. Each view renders from the URL alone; forms only change the URL.

import { h, clear, listen, fmtNumber, tendency, actorCode } from "./dom.js";
import { getJSON, postJSON, eventTypes, worldOutline } from "./api.js";
import { spansOf, markedText, MARK_KINDS } from "./marks.js";
import { timelineChart, networkChart, mapChart, legend } from "./charts.js";

const PAGE = 25;
const VIEWS = [
  ["extract", "Extract"],
  ["events", "Events"],
  ["timeline", "Timeline"],
  ["network", "Network"],
  ["map", "Map"],
  ["quotes", "Quotations"],
  ["status", "Status"],
];

// --- routing ---------------------------------------------------------------------------------------

export function parseRoute(hash) {
  const text = (hash || "").replace(/^#\/?/, "");
  const [path, search = ""] = text.split("?", 2);
  const parts = path.split("/").filter(Boolean).map((part) => decodeURIComponent(part));
  return { view: parts[0] || "extract", args: parts.slice(1), params: new URLSearchParams(search) };
}

export function routeTo(view, params, args = []) {
  const path = [view, ...args.map((arg) => encodeURIComponent(arg))].join("/");
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== "") search.set(name, String(value).trim());
  }
  const text = search.toString();
  return `#/${path}${text ? "?" + text : ""}`;
}

function go(view, params, args) {
  const target = routeTo(view, params, args);
  if (location.hash === target) render();
  else location.hash = target;
}

const main = () => document.getElementById("view");

function setTitle(text) {
  document.title = `${text} · tidings`;
}

function showError(error) {
  return h("p", { class: "error", role: "alert", "data-testid": "error" }, error.message || String(error));
}

function loading() {
  return h("p", { class: "loading" }, "Loading…");
}

// --- shared pieces ---------------------------------------------------------------------------------

function plural(count, word) {
  return `${fmtNumber(count)} ${word}${count === 1 ? "" : "s"}`;
}

function chip(type, score) {
  const side = tendency(score);
  const sign = side === "coop" ? "+" : side === "conflict" ? "−" : "±";
  return h("span", { class: ["chip", side], title: `${type}: PLOVER score ${score}` }, `${sign} ${type}`);
}

function actorLinks(names) {
  const list = names || [];
  if (!list.length) return h("span", { class: "muted" }, "—");
  return h("span", {}, list.map((name, i) => [i ? ", " : "", h("a", { href: routeTo("actor", {}, [name]) }, name)]));
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function textInput(name, value, placeholder, extra = {}) {
  return h("input", { name, value: value || "", placeholder: placeholder || "", type: "text", autocomplete: "off", ...extra });
}

function select(name, options, value) {
  return h("select", { name }, options.map(([optionValue, label]) =>
    h("option", { value: optionValue, selected: optionValue === (value || "") }, label)));
}

function filterForm(fields, onSubmit, submitLabel = "Apply") {
  const form = h("form", { class: "filters", "data-testid": "filters" }, fields,
    h("div", { class: "buttons" }, h("button", { type: "submit" }, submitLabel), h("button", { type: "reset", class: "secondary" }, "Clear")));
  listen(form, "submit", (event) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form).entries()));
  });
  listen(form, "reset", (event) => {
    event.preventDefault();
    onSubmit({});
  });
  return form;
}

async function typeOptions() {
  const types = await eventTypes();
  return [["", "any type"], ...types.map((t) => [t.type, `${t.type} (${t.score > 0 ? "+" : ""}${t.score})`])];
}

function scoresOf(types) {
  return Object.fromEntries(types.map((t) => [t.type, t.score]));
}

function pager(page, onOffset) {
  const { total, offset, limit, items } = page;
  const first = total ? offset + 1 : 0;
  const last = offset + items.length;
  const prev = h("button", { type: "button", class: "secondary", disabled: offset <= 0 }, "← Previous");
  const next = h("button", { type: "button", class: "secondary", disabled: page.next_offset === null }, "Next →");
  listen(prev, "click", () => onOffset(Math.max(0, offset - limit)));
  listen(next, "click", () => onOffset(page.next_offset));
  return h("div", { class: "pager" }, prev, h("span", { "data-testid": "page-info" }, `${fmtNumber(first)}–${fmtNumber(last)} of ${fmtNumber(total)}`), next);
}

function eventTable(items) {
  return h("table", { class: "events", "data-testid": "events-table" },
    h("thead", {}, h("tr", {}, ["Day", "Type", "Source", "Target", "Place", "Reports", "Sentence"].map((name) => h("th", {}, name)))),
    h("tbody", {}, items.map((event) => h("tr", { class: tendency(event.score), "data-type": event.type },
      h("td", { class: "nowrap" }, event.day || h("span", { class: "muted" }, "undated")),
      h("td", {}, h("a", { href: routeTo("event", {}, [event.key]) }, chip(event.type, event.score))),
      h("td", {}, actorLinks(event.sources)),
      h("td", {}, actorLinks(event.targets)),
      h("td", {}, event.place_name || "", event.place_country ? h("span", { class: "muted" }, ` ${event.place_country}`) : ""),
      h("td", { class: "num" }, String(event.num_mentions)),
      h("td", { class: "sentence" }, event.text),
    ))));
}

// --- extract ---------------------------------------------------------------------------------------

const SAMPLE = "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Tuesday, "
  + "and the two leaders signed an agreement on energy cooperation. \"Our partnership has never been stronger,\" "
  + "Putin told reporters. Hours later, Russian forces shelled Kharkiv, killing three civilians, Ukrainian officials said. "
  + "The European Union pledged 50 million euros in humanitarian aid.";

async function viewExtract(root, route) {
  setTitle("Extract");
  const params = route.params;
  const mode = params.get("mode") === "html" ? "html" : "text";
  const area = h("textarea", { name: "article", rows: 12, placeholder: mode === "html" ? "Paste an HTML page…" : "Paste an article…", "data-testid": "article-input", spellcheck: "false" });
  area.value = params.get("text") || sessionStorage.getItem("tidings.article") || "";
  const dateInput = h("input", { type: "date", name: "date", value: params.get("date") || "" });
  const modeSelect = select("mode", [["text", "plain text"], ["html", "HTML page"]], mode);
  const storeBox = h("input", { type: "checkbox", name: "store" });
  const button = h("button", { type: "submit", "data-testid": "extract-button" }, "Extract");
  const sample = h("button", { type: "button", class: "secondary" }, "Sample article");
  const output = h("div", { class: "extract-output", "data-testid": "extract-output" });
  const form = h("form", { class: "extract-form" },
    area,
    h("div", { class: "row" }, field("Input", modeSelect), field("Publication date", dateInput),
      h("label", { class: "check" }, storeBox, " store in the database"), button, sample));
  listen(sample, "click", () => { area.value = SAMPLE; dateInput.value = "2024-05-14"; });
  listen(modeSelect, "change", () => go("extract", { mode: modeSelect.value === "html" ? "html" : "", date: dateInput.value }));
  listen(form, "submit", async (event) => {
    event.preventDefault();
    sessionStorage.setItem("tidings.article", area.value);
    const body = { date: dateInput.value || null };
    body[modeSelect.value === "html" ? "html" : "text"] = area.value;
    button.disabled = true;
    clear(output).appendChild(h("p", { class: "loading" }, "Extracting… (the first extraction loads the model)"));
    try {
      const [answer, types] = await Promise.all([
        postJSON("/extract", { with_text: "true", store: storeBox.checked ? "true" : "" }, body),
        eventTypes(),
      ]);
      clear(output).appendChild(extractResult(answer, scoresOf(types)));
    } catch (error) {
      clear(output).appendChild(showError(error));
    } finally {
      button.disabled = false;
    }
  });
  root.append(h("h1", {}, "Extract an article"),
    h("p", { class: "lead" }, "Paste a news article (or an HTML page) to see its actors, events, quotations and amounts marked in the text."),
    form, output);
  if (params.get("text") && params.get("run") === "1") form.requestSubmit();
}

function extractResult(answer, scores) {
  const { text, result, stored } = answer;
  const spans = spansOf(result, scores);
  const side = h("div", { class: "side" },
    section("Events", result.events.length, result.events.map((event) => h("li", { class: "event-item" },
      chip(event.type, scores[event.type]), " ",
      h("span", {}, event.source.map((a) => a.name).join(", ") || "?"), " → ",
      h("span", {}, event.target.map((a) => a.name).join(", ") || "—"),
      h("div", { class: "muted small" }, `“${event.trigger}”`, event.date ? ` · ${event.date}` : "",
        event.location ? ` · ${event.location.name}` : "",
        event.negated ? " · negated" : "", event.hypothetical ? " · hypothetical" : "", event.future ? " · future" : "")))),
    section("Actors", result.actors.length, result.actors.map((actor) => h("li", {},
      h("a", { href: routeTo("actor", {}, [actor.name]) }, actor.name), " ",
      h("span", { class: "muted" }, [actor.kind, actorCode(actor.country, actor.sector), actor.title].filter(Boolean).join(" · "))))),
    section("Quotations", result.quotes.length, result.quotes.map((quote) => h("li", {},
      h("b", {}, quote.speaker ? quote.speaker.name : "unattributed"), `: “${quote.text}”`,
      h("span", { class: "muted" }, ` (${quote.kind})`)))),
    section("Amounts and counts", result.quantities.length, result.quantities.map((q) => h("li", {},
      h("b", {}, q.text), ` = ${fmtNumber(q.value, 2)}${q.unit ? " " + q.unit : ""}${q.object ? " · " + q.object : ""}`))),
    section("Places", result.places.length, result.places.map((p) => h("li", {}, p.name, h("span", { class: "muted" }, ` ${p.kind}${p.country ? " · " + p.country : ""}`)))),
    h("p", { class: "muted small" }, `Tone ${fmtNumber(result.tone.score, 2)} (GDELT scale)`,
      stored === true ? " · stored in the database" : stored === false ? " · already in the database" : ""));
  return h("div", { class: "result" },
    h("div", { class: "text-panel" }, legend(MARK_KINDS.map(([cls, label]) => [`mark-${cls}`, label])), markedText(text, spans)),
    side);
}

function section(title, count, items) {
  return h("section", {}, h("h3", {}, `${title} `, h("span", { class: "count" }, String(count))),
    items.length ? h("ul", {}, items) : h("p", { class: "muted" }, "none found"));
}

// --- events ----------------------------------------------------------------------------------------

const EVENT_FILTERS = ["type", "actor", "country", "role", "place", "since", "until", "text", "order"];

function pick(params, names) {
  const out = {};
  for (const name of names) if (params.get(name)) out[name] = params.get(name);
  return out;
}

async function eventFilterFields(values) {
  return [
    field("Type", select("type", await typeOptions(), values.type)),
    field("Actor", textInput("actor", values.actor, "Putin, RUS, RUS/MIL")),
    field("Country", textInput("country", values.country, "UKR", { maxlength: 3, size: 4 })),
    field("Role", select("role", [["", "any role"], ["source", "source"], ["target", "target"]], values.role)),
    field("Place", textInput("place", values.place, "Kharkiv or UKR")),
    field("Since", h("input", { type: "date", name: "since", value: values.since || "" })),
    field("Until", h("input", { type: "date", name: "until", value: values.until || "" })),
    field("Text", textInput("text", values.text, "words in the sentence")),
  ];
}

async function viewEvents(root, route) {
  setTitle("Events");
  const values = pick(route.params, EVENT_FILTERS);
  const offset = Number(route.params.get("offset") || 0);
  const form = filterForm([...await eventFilterFields(values),
    field("Order", select("order", [["", "oldest first"], ["desc", "newest first"]], values.order))],
  (chosen) => go("events", chosen));
  const body = h("div", {}, loading());
  root.append(h("h1", {}, "Events"), form, h("p", { class: "links" }, "Same filters: ",
    h("a", { href: routeTo("map", values) }, "on the map"), " · ", h("a", { href: routeTo("network", values) }, "as a network")), body);
  try {
    const page = await getJSON("/events", { ...values, limit: PAGE, offset });
    clear(body).append(pager(page, (next) => go("events", { ...values, offset: next })), eventTable(page.items));
  } catch (error) {
    clear(body).appendChild(showError(error));
  }
}

async function viewEvent(root, route) {
  const key = route.args[0] || "";
  setTitle("Event");
  root.appendChild(h("h1", {}, "Event"));
  try {
    const [event, types] = await Promise.all([getJSON(`/events/${encodeURIComponent(key)}`), eventTypes()]);
    const scores = scoresOf(types);
    root.append(
      h("p", {}, chip(event.type, scores[event.type]), " ", event.day || "undated",
        event.place_name ? ` · ${event.place_name}` : "", ` · ${plural(event.num_mentions, "report")} in ${plural(event.num_articles, "article")}`),
      h("table", { class: "kv" }, h("tbody", {},
        event.actors.map((a) => h("tr", {}, h("th", {}, a.role), h("td", {}, h("a", { href: routeTo("actor", {}, [a.name]) }, a.name), " ", h("span", { class: "muted" }, actorCode(a.country, a.sector))))))),
      h("h2", {}, "Reports"),
      h("ol", { class: "mentions" }, event.mentions.map((m) => h("li", {},
        h("blockquote", {}, m.text),
        h("div", { class: "muted small" }, m.day || "", " · ", m.outlet || "", " · ",
          m.url ? h("a", { href: m.url, rel: "noopener noreferrer", target: "_blank" }, m.title || m.article_id) : (m.title || m.article_id))))));
  } catch (error) {
    root.appendChild(showError(error));
  }
}

// --- timeline --------------------------------------------------------------------------------------

async function viewTimeline(root, route) {
  setTitle("Timeline");
  const values = pick(route.params, ["a", "b", "freq", "since", "until", "type"]);
  values.a = values.a || "RUS";
  values.b = values.b || "UKR";
  const form = filterForm([
    field("Actor A", textInput("a", values.a, "RUS or Putin")),
    field("Actor B", textInput("b", values.b, "UKR or Zelensky")),
    field("Per", select("freq", [["month", "month"], ["week", "week"], ["day", "day"], ["year", "year"]], values.freq || "month")),
    field("Type", select("type", await typeOptions(), values.type)),
    field("Since", h("input", { type: "date", name: "since", value: values.since || "" })),
    field("Until", h("input", { type: "date", name: "until", value: values.until || "" })),
  ], (chosen) => go("timeline", chosen), "Draw");
  const body = h("div", {}, loading());
  root.append(h("h1", {}, "Dyad timeline"),
    h("p", { class: "lead" }, "Events between two actors (country codes or names), cooperation above the axis and conflict below, by PLOVER score."),
    form, body);
  try {
    const data = await getJSON("/dyad", { ...values, freq: values.freq || "month" });
    clear(body);
    if (!data.periods.length) {
      body.appendChild(h("p", { class: "muted", "data-testid": "empty" }, `No dated events between ${data.a} and ${data.b}.`));
      return;
    }
    const total = (key) => data.periods.reduce((sum, p) => sum + p[key], 0);
    body.append(
      h("p", { class: "summary" }, `${total("events")} events: `, h("span", { class: "coop-text" }, `${total("cooperation")} cooperation`), ", ",
        h("span", { class: "conflict-text" }, `${total("conflict")} conflict`), `; ${total("a_to_b")} from ${data.a} to ${data.b}, ${total("b_to_a")} from ${data.b} to ${data.a}.`),
      h("div", { class: "chart-box" }, timelineChart(data.periods, { freq: data.freq, a: data.a, b: data.b })),
      h("p", { class: "links" }, h("a", { href: routeTo("events", { actor: data.a, since: values.since, until: values.until, type: values.type }) }, `Events of ${data.a}`), " · ",
        h("a", { href: routeTo("events", { actor: data.b, since: values.since, until: values.until, type: values.type }) }, `Events of ${data.b}`)));
  } catch (error) {
    clear(body).appendChild(showError(error));
  }
}

// --- network ---------------------------------------------------------------------------------------

async function viewNetwork(root, route) {
  setTitle("Network");
  const values = pick(route.params, ["type", "actor", "country", "since", "until", "limit"]);
  const form = filterForm([
    field("Type", select("type", await typeOptions(), values.type)),
    field("Actor", textInput("actor", values.actor, "Putin, RUS")),
    field("Country", textInput("country", values.country, "UKR", { maxlength: 3, size: 4 })),
    field("Since", h("input", { type: "date", name: "since", value: values.since || "" })),
    field("Until", h("input", { type: "date", name: "until", value: values.until || "" })),
    field("Actors", h("input", { type: "number", name: "limit", min: 2, max: 150, value: values.limit || 40 })),
  ], (chosen) => go("network", chosen), "Draw");
  const body = h("div", {}, loading());
  root.append(h("h1", {}, "Actor network"), h("p", { class: "lead" }, "Who acts on whom: arrows from source to target, coloured by the mean PLOVER score; dashed lines join actors that acted together."), form, body);
  try {
    const data = await getJSON("/network", values);
    clear(body);
    if (!data.nodes.length) {
      body.appendChild(h("p", { class: "muted", "data-testid": "empty" }, "No actors match."));
      return;
    }
    body.append(legend([["coop", "cooperation"], ["conflict", "conflict"], ["neutral", "neutral"]]),
      h("div", { class: "chart-box" }, networkChart(data)));
  } catch (error) {
    clear(body).appendChild(showError(error));
  }
}

// --- map -------------------------------------------------------------------------------------------

async function viewMap(root, route) {
  setTitle("Map");
  const values = pick(route.params, ["type", "actor", "country", "role", "since", "until", "text"]);
  const form = filterForm((await eventFilterFields(values)).filter((f) => !f.textContent.startsWith("Place")),
    (chosen) => go("map", chosen));
  const body = h("div", {}, loading());
  root.append(h("h1", {}, "Where events happened"), form, body);
  try {
    const [world, data] = await Promise.all([worldOutline(), getJSON("/map", values)]);
    clear(body).append(
      legend([["coop", "cooperation"], ["conflict", "conflict"], ["neutral", "neutral"]]),
      h("div", { class: "chart-box" }, mapChart(world, data.points)),
      h("table", { class: "places", "data-testid": "places-table" },
        h("thead", {}, h("tr", {}, ["Place", "Country", "Events", "Cooperation", "Conflict", "Types"].map((n) => h("th", {}, n)))),
        h("tbody", {}, data.points.map((p) => h("tr", {},
          h("td", {}, h("a", { href: routeTo("events", { ...values, place: p.name }) }, p.name || "?")),
          h("td", {}, p.country || ""), h("td", { class: "num" }, String(p.events)),
          h("td", { class: "num" }, String(p.cooperation)), h("td", { class: "num" }, String(p.conflict)),
          h("td", {}, (p.types || []).join(", ")))))));
  } catch (error) {
    clear(body).appendChild(showError(error));
  }
}

// --- actors ----------------------------------------------------------------------------------------

async function viewActor(root, route) {
  const name = route.args.join("/");
  setTitle(name || "Actors");
  if (!name) {
    const q = route.params.get("q") || "";
    const form = filterForm([field("Name", textInput("q", q, "part of a name"))], (chosen) => go("actor", chosen), "Search");
    const body = h("div", {}, loading());
    root.append(h("h1", {}, "Actors"), form, body);
    try {
      const data = await getJSON("/actors", { q, limit: 100 });
      clear(body).appendChild(h("ul", { class: "actors" }, data.items.map((a) => h("li", {},
        h("a", { href: routeTo("actor", {}, [a.name]) }, a.name), " ", h("span", { class: "muted" }, `${actorCode(a.country, a.sector)} · ${a.events} events`)))));
    } catch (error) {
      clear(body).appendChild(showError(error));
    }
    return;
  }
  root.appendChild(h("h1", { "data-testid": "actor-name" }, name));
  try {
    const actor = await getJSON(`/actors/${encodeURIComponent(name)}`, { limit: 100 });
    root.append(
      h("p", { class: "lead" }, [actor.title, actor.kind, actorCode(actor.country, actor.sector)].filter(Boolean).join(" · "),
        ` — named ${fmtNumber(actor.mentions)} times in ${fmtNumber(actor.articles)} articles; in ${fmtNumber(actor.events_total)} events `
        + `(${actor.as_source} as source, ${actor.as_target} as target).`),
      h("p", { class: "links" }, h("a", { href: routeTo("events", { actor: `name:${actor.name}` }) }, "All its events"), " · ",
        h("a", { href: routeTo("network", { actor: `name:${actor.name}` }) }, "Its network"), " · ",
        h("a", { href: routeTo("quotes", { speaker: `name:${actor.name}` }) }, "Its quotations")),
      h("h2", {}, "Events"), actor.events.length ? eventTable(actor.events) : h("p", { class: "muted" }, "none"),
      h("h2", {}, "Quotations"), actor.quotes.length ? quoteList(actor.quotes) : h("p", { class: "muted" }, "none"),
      h("h2", {}, "Mentioned in"), h("ul", {}, actor.articles_list.map((a) => h("li", {}, a.date || "undated", " · ",
        a.url ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.title || a.id) : (a.title || a.id),
        h("span", { class: "muted" }, ` (${a.mentions}×${a.outlet ? ", " + a.outlet : ""})`)))));
  } catch (error) {
    root.appendChild(showError(error));
  }
}

// --- quotations ------------------------------------------------------------------------------------

function quoteList(items) {
  return h("ul", { class: "quotes", "data-testid": "quotes-list" }, items.map((q) => h("li", {},
    h("blockquote", {}, q.text),
    h("div", { class: "muted small" },
      q.speaker ? h("a", { href: routeTo("actor", {}, [q.speaker]) }, q.speaker) : "unattributed",
      q.speaker_country ? ` (${actorCode(q.speaker_country, q.speaker_sector)})` : "",
      ` · ${q.date || "undated"} · `,
      q.url ? h("a", { href: q.url, rel: "noopener noreferrer", target: "_blank" }, q.title || q.article_id) : (q.title || q.article_id)))));
}

async function viewQuotes(root, route) {
  setTitle("Quotations");
  const values = pick(route.params, ["text", "speaker", "since", "until"]);
  const offset = Number(route.params.get("offset") || 0);
  const form = filterForm([
    field("Words", textInput("text", values.text, "ceasefire")),
    field("Speaker", textInput("speaker", values.speaker, "Zelensky or UKR")),
    field("Since", h("input", { type: "date", name: "since", value: values.since || "" })),
    field("Until", h("input", { type: "date", name: "until", value: values.until || "" })),
  ], (chosen) => go("quotes", chosen), "Search");
  const body = h("div", {}, loading());
  root.append(h("h1", {}, "Quotations"), form, body);
  try {
    const page = await getJSON("/quotes", { ...values, limit: PAGE, offset });
    clear(body).append(pager(page, (next) => go("quotes", { ...values, offset: next })), quoteList(page.items));
  } catch (error) {
    clear(body).appendChild(showError(error));
  }
}

// --- status ----------------------------------------------------------------------------------------

async function viewStatus(root) {
  setTitle("Status");
  root.appendChild(h("h1", {}, "Store status"));
  try {
    const status = await getJSON("/status");
    if (!status.exists) {
      root.appendChild(h("p", { class: "muted" }, "No store yet: ingest articles with `tidings ingest`, or extract one here with “store in the database”."));
      return;
    }
    root.append(
      h("p", {}, `Last ingest ${status.last_ingest || "never"}; articles dated ${status.articles_from || "?"} to ${status.articles_until || "?"}; `
        + `schema version ${status.schema_version}; model ${status.model_loaded ? "loaded" : "not loaded yet"}`
        + `${status.read_only ? "; read-only" : ""}${status.dedup_pending ? "; deduplication pending" : ""}.`),
      h("table", { class: "kv", "data-testid": "counts" }, h("tbody", {}, Object.entries(status.counts).map(([table, count]) =>
        h("tr", {}, h("th", {}, table), h("td", { class: "num" }, fmtNumber(count)))))),
      h("h2", {}, "Latest failures"),
      status.failures.length
        ? h("table", { class: "failures" }, h("thead", {}, h("tr", {}, ["When", "Record", "Where", "Reason"].map((n) => h("th", {}, n)))),
          h("tbody", {}, status.failures.map((f) => h("tr", {}, h("td", { class: "nowrap" }, f.time), h("td", {}, f.id), h("td", {}, f.where || ""), h("td", {}, f.reason)))))
        : h("p", { class: "muted" }, "none"));
  } catch (error) {
    root.appendChild(showError(error));
  }
}

// --- shell -----------------------------------------------------------------------------------------

const RENDERERS = {
  extract: viewExtract, events: viewEvents, event: viewEvent, timeline: viewTimeline, network: viewNetwork,
  map: viewMap, actor: viewActor, quotes: viewQuotes, status: viewStatus,
};

let renderCount = 0;

async function render() {
  const hash = location.hash;
  const route = parseRoute(hash);
  const renderer = RENDERERS[route.view];
  const root = clear(main());
  const mine = ++renderCount;
  for (const link of document.querySelectorAll("#nav a")) {
    link.classList.toggle("active", link.dataset.view === route.view);
  }
  const target = h("div", { class: `view view-${route.view}`, "data-view": route.view });
  root.appendChild(target);
  if (!renderer) {
    target.appendChild(showError(new Error(`No view called “${route.view}”.`)));
    return;
  }
  await renderer(target, route);
  if (mine === renderCount) {
    // tests and people: rendering of this address finished (the address too, so that a wait cannot
    // mistake the previous view, still marked ready until the hashchange event fires, for the new one)
    root.dataset.ready = route.view;
    root.dataset.rendered = hash;
  }
}

function nav() {
  const links = document.getElementById("nav");
  clear(links).append(...VIEWS.map(([view, label]) => h("a", { href: `#/${view}`, "data-view": view }, label)),
    h("a", { href: "#/actor", "data-view": "actor" }, "Actors"), h("a", { href: "/docs", class: "docs" }, "API"));
}

nav();
window.addEventListener("hashchange", () => {
  delete main().dataset.ready;
  render();
});
render();
