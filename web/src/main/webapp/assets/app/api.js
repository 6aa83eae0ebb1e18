// The pages speak only the public REST API, exactly as a third-party client would.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || { detail: 'HTTP ' + status, detail_en: 'HTTP ' + status, errors: [] };
  }
}

export class NetworkError extends Error {}

/** The application's root, from this module's own address: the same for the portal (/) and the staff pages (/staff/). */
const ROOT = new URL('../../', import.meta.url);

export function apiUrl(path) {
  return new URL(path, ROOT).toString();
}

async function call(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new NetworkError(e.message);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('api/public')) {
      // The staff session timed out: the page says so and offers to sign in again, nothing is retried blindly.
      window.dispatchEvent(new CustomEvent('pakn:session-expired'));
    }
    throw new ApiError(response.status, data);
  }
  return data;
}

export const api = {
  get: (path, headers) => call('GET', path, undefined, headers),
  post: (path, body, headers) => call('POST', path, body ?? null, headers),
  put: (path, body, headers) => call('PUT', path, body ?? null, headers),
  delete: (path, headers) => call('DELETE', path, undefined, headers),
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
