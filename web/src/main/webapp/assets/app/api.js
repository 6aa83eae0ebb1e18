// The pages speak only the public REST API, exactly as a third-party client would.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || { detail: 'HTTP ' + status, detail_en: 'HTTP ' + status, errors: [] };
  }
}

export class NetworkError extends Error {}

async function call(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new NetworkError(e.message);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

export const api = {
  get: (path, headers) => call('GET', path, undefined, headers),
  post: (path, body, headers) => call('POST', path, body ?? null, headers),
};

/** A key for one submission: a retry after a lost answer returns the first tracking code instead of a second report. */
export function idempotencyKey() {
  return crypto.randomUUID ? crypto.randomUUID() : Date.now().toString(36) + Math.random().toString(36).slice(2);
}

/** Escapes text, then lets back only the <b>…</b> the search highlighter puts around matches. */
export function highlighted(snippet) {
  const escaped = String(snippet ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  return escaped.replace(/&lt;b&gt;/g, '<b>').replace(/&lt;\/b&gt;/g, '</b>');
}
