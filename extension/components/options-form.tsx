import { useEffect, useState } from 'preact/hooks';
import { api } from '@/lib/api';
import { ApiBase, apiBase } from '@/lib/settings';

export function OptionsForm() {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => void apiBase.getValue().then(setValue), []);

  async function save(event: Event) {
    event.preventDefault();
    const parsed = ApiBase.safeParse(value.trim());
    if (!parsed.success) return setMessage(parsed.error.issues[0]!.message);
    await apiBase.setValue(parsed.data);
    try {
      await (await api()).health();
      setMessage('Saved. The API answers.');
    } catch {
      setMessage('Saved, but the API does not answer at this address.');
    }
  }

  return (
    <form onSubmit={save}>
      <h1>Vaardig settings</h1>
      <label for="api-base">API address</label>
      <input id="api-base" type="url" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      <div class="row"><button type="submit">Save</button></div>
      <p role="status">{message}</p>
    </form>
  );
}
