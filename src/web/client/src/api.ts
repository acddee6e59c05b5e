// Talking to the chancery API. Reads are plain GETs; every write carries the anti-CSRF header and,
// when the user gave one, the token set with `chancery serve --token`.
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TOKEN_KEY = 'chancery.token';
const REVIEWER_KEY = 'chancery.reviewer';

export const settings = {
  token: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  setToken: (value: string): void => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
  reviewer: (): string => localStorage.getItem(REVIEWER_KEY) ?? '',
  setReviewer: (value: string): void => localStorage.setItem(REVIEWER_KEY, value),
};

async function errorOf(res: Response): Promise<HttpError> {
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // not JSON: keep the status line
  }
  return new HttpError(res.status, message);
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

function writeHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': contentType, 'X-Chancery-Csrf': '1', Accept: 'application/json' };
  const token = settings.token();
  if (token) headers['X-Chancery-Token'] = token;
  return headers;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, { method: 'POST', headers: writeHeaders('application/json'), body: JSON.stringify(body), credentials: 'same-origin' });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

export async function postBytes<T>(path: string, body: Blob | string, contentType: string): Promise<T> {
  const res = await fetch(path, { method: 'POST', headers: writeHeaders(contentType), body, credentials: 'same-origin' });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}
