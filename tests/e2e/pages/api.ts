/** The typed API over HTTP, as the renderer calls it, for setup and clean-up outside the UI. */
export async function api<T>(channel: string, input: unknown): Promise<T> {
  const address = new URL(process.env.CONCORDIA_E2E_URL ?? '');
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  const res = await fetch(`${address.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value as T;
}
