// /docs: the OpenAPI description (/openapi.json) as a readable page, built offline from the
// spec alone (FastAPI's own pages load Swagger UI from a CDN). GET routes can be tried here.

import { h, clear, listen } from "./dom.js";

function schemaName(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map(schemaName).join(" | ");
  if (schema.type === "array") return `${schemaName(schema.items)}[]`;
  if (schema.enum) return schema.enum.join(" | ");
  return schema.type || "";
}

function parameterRows(parameters) {
  return parameters.map((p) => h("tr", {},
    h("td", {}, h("code", {}, p.name), p.required ? " *" : ""),
    h("td", {}, p.in),
    h("td", {}, schemaName(p.schema)),
    h("td", {}, p.description || (p.schema && p.schema.description) || "",
      p.schema && p.schema.default !== undefined ? h("span", { class: "muted" }, ` (default ${JSON.stringify(p.schema.default)})`) : "")));
}

function tryIt(path, parameters) {
  const inputs = parameters.map((p) => [p, h("input", { name: p.name, placeholder: p.name, size: 12 })]);
  const out = h("pre", { class: "try-output" });
  const button = h("button", { type: "submit" }, "Try");
  const form = h("form", { class: "filters" }, inputs.map(([p, input]) => h("label", { class: "field" }, h("span", {}, p.name), input)), button);
  listen(form, "submit", async (event) => {
    event.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    for (const [p, input] of inputs) {
      if (!input.value) continue;
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(input.value)).replace(`{${p.name}:path}`, encodeURIComponent(input.value));
      else query.append(p.name, input.value);
    }
    const response = await fetch(query.toString() ? `${url}?${query}` : url);
    const text = await response.text();
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON */ }
    out.textContent = `${response.status}\n${shown.slice(0, 20000)}`;
  });
  return h("div", {}, form, out);
}

async function main() {
  const root = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  clear(root).append(
    h("h1", {}, `${spec.info.title} API ${spec.info.version}`),
    h("p", { class: "lead" }, spec.info.summary || ""),
    h("p", {}, spec.info.description || ""),
  );
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const parameters = op.parameters || [];
      const body = op.requestBody && op.requestBody.content && op.requestBody.content["application/json"];
      root.append(h("section", { class: "op" },
        h("h2", {}, h("code", {}, `${method.toUpperCase()} ${path}`)),
        h("p", {}, op.summary || ""),
        parameters.length ? h("table", {}, h("thead", {}, h("tr", {}, ["Parameter", "In", "Type", "About"].map((n) => h("th", {}, n)))), h("tbody", {}, parameterRows(parameters))) : "",
        body ? h("p", {}, "JSON body: ", h("code", {}, schemaName(body.schema))) : "",
        h("p", { class: "muted small" }, "Responses: ", Object.keys(op.responses || {}).join(", ")),
        method === "get" ? tryIt(path, parameters) : ""));
    }
  }
  const schemas = (spec.components && spec.components.schemas) || {};
  root.append(h("h2", {}, "Schemas"));
  for (const [name, schema] of Object.entries(schemas)) {
    root.append(h("details", {}, h("summary", {}, h("code", {}, name)), h("pre", {}, JSON.stringify(schema, null, 2))));
  }
}

main();
