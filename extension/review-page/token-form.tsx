import { useState } from 'preact/hooks';
import { api } from '@/lib/api';
import { apiToken } from '@/store/settings';
import { i18n } from '@/lib/i18n';
import { messageOf } from './use-review-client';

/** Asks for the organisation's API token and checks it with GET /v1/me before keeping it. */
export function TokenForm({ onConnected }: { onConnected: () => void }) {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');

  async function connect(event: Event) {
    event.preventDefault();
    const token = value.trim();
    if (!token) return;
    const previous = await apiToken.getValue();
    await apiToken.setValue(token);
    try {
      await (await api()).me();
      onConnected();
    } catch (error) {
      await apiToken.setValue(previous);
      setMessage(messageOf(error));
    }
  }

  return (
    <form class="token-form" onSubmit={connect}>
      <h2>{i18n.t('reviewPage.tokenHeading')}</h2>
      <p class="muted">{i18n.t('reviewPage.tokenHint')}</p>
      <label for="review-token">{i18n.t('reviewPage.tokenLabel')}</label>
      <input id="review-token" type="password" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="primary">
          {i18n.t('reviewPage.tokenSave')}
        </button>
      </div>
      <p role="status" class="error" hidden={!message}>
        {message}
      </p>
    </form>
  );
}
