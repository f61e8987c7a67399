// The JSON API of `kiosque serve`: one function per endpoint. A refused
// request ({"error": {"code", "message"}} with a 4xx status) or an unreachable
// server becomes an ApiError, which the page shows beside the search box.

import { searchParams } from './state.js';

export class ApiError extends Error {
  constructor(status, code, message, reason = '', params = {}) {
    super(message);
    this.status = status; // 0 when the server could not be reached
    this.code = code;
    this.reason = reason; // finer than code ("unbalanced_quote"), with its params: for messages in the page's language
    this.params = params;
  }
}

async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    if (response.ok) throw new ApiError(response.status, 'bad_response', `${url}: not JSON`);
  }
  if (!response.ok) {
    const err = body && body.error;
    throw new ApiError(response.status, (err && err.code) || `http_${response.status}`,
      (err && err.message) || `HTTP ${response.status}`, (err && err.reason) || '', (err && err.params) || {});
  }
  return body;
}

/** The query and filters; `op` always, so the page's default (and) holds whatever the server's is. */
function apiParams(state) {
  const p = searchParams(state);
  p.set('op', state.op);
  return p;
}

/** The /api/search URL for a state: also the key of the page's response cache. */
export function searchUrl(state) {
  const p = apiParams(state);
  if (state.sort) p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  p.set('size', String(state.size));
  return `/api/search?${p}`;
}

export function search(state, signal) {
  return getJson(searchUrl(state), signal);
}

/** The article; with `q`, also where the query's words are in its title and text. */
export function fetchDoc(id, q, signal) {
  return getJson(`/api/doc/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`, signal);
}

/** Up to `limit` articles close to article `id`. */
export function fetchSimilar(id, limit, signal) {
  return getJson(`/api/similar/${encodeURIComponent(id)}?limit=${limit}`, signal);
}

/** The facets the server counts, in display order: [{ name, kind, field }]. */
export async function fetchFacetList() {
  return (await getJson('/api/facets')).facets || [];
}

/** Values of one facet for the current query and filters, optionally starting with `prefix`. */
export function fetchFacet(name, state, prefix, limit, signal) {
  const p = apiParams(state);
  if (prefix) p.set('prefix', prefix);
  p.set('limit', String(limit));
  return getJson(`/api/facet/${encodeURIComponent(name)}?${p}`, signal);
}
