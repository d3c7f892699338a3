// Calls to the REST API; errors arrive in the one shape {"error": {status, code, message}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function parse(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const error = (body && body.error) || {};
    throw new ApiError(response.status, error.code || "error", error.message || `HTTP ${response.status}`);
  }
  return body;
}

// params: an object or URLSearchParams; empty values are left out.
export function query(params) {
  const out = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params || {});
  for (const [name, value] of entries) {
    if (value !== null && value !== undefined && String(value).trim() !== "") out.append(name, String(value).trim());
  }
  const text = out.toString();
  return text ? `?${text}` : "";
}

export async function getJSON(path, params) {
  return parse(await fetch(`/api${path}${query(params)}`, { headers: { accept: "application/json" } }));
}

export async function postJSON(path, params, body) {
  return parse(
    await fetch(`/api${path}${query(params)}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

let typesPromise = null;

// [{type, score, tendency}] from schema.EVENT_TYPES / EVENT_SCORES, fetched once.
export function eventTypes() {
  if (!typesPromise) typesPromise = getJSON("/types");
  return typesPromise;
}

let worldPromise = null;

export function worldOutline() {
  if (!worldPromise) worldPromise = fetch("/static/world.json").then((r) => r.json());
  return worldPromise;
}
