// The JSON API of `kiosque serve`: one function per endpoint. A refused
// request ({"error": {"code", "message"}} with a 4xx status) or an unreachable
// server becomes an ApiError, which the page shows beside the search box.

import { searchParams, PAGE_SIZE } from './state.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status; // 0 when the server could not be reached
    this.code = code;
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
      (err && err.message) || `HTTP ${response.status}`);
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
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  p.set('size', String(PAGE_SIZE));
  return `/api/search?${p}`;
}

export function search(state, signal) {
  return getJson(searchUrl(state), signal);
}

export function fetchDoc(id, signal) {
  return getJson(`/api/doc/${encodeURIComponent(id)}`, signal);
}

/** Values of one facet for the current query and filters, optionally starting with `prefix`. */
export function fetchFacet(name, state, prefix, limit, signal) {
  const p = apiParams(state);
  if (prefix) p.set('prefix', prefix);
  p.set('limit', String(limit));
  return getJson(`/api/facet/${encodeURIComponent(name)}?${p}`, signal);
}

/** An entity's profile, within the state's query and filters (none: the whole archive). */
export function fetchEntity(type, name, state, signal) {
  return getJson(`/api/entity/${encodeURIComponent(type)}/${encodeURIComponent(name)}?${apiParams(state)}`, signal);
}
