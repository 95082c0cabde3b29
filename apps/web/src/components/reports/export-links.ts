/**
 * The xlsx downloads are plain links to the server's HTTP routes: the session cookie rides
 * along and a GET needs no CSRF header, so the browser saves the file itself.
 */
export function exportHref(path: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, v);
  const qs = query.toString();
  return `/api/export/${path}${qs ? `?${qs}` : ''}`;
}
