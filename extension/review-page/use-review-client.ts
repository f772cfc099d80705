import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import { api } from '@/lib/api';
import { apiToken } from '@/store/settings';
import { errorMessage } from './error-message';

/** The API client with the stored token; recreated when the token changes (in any tab). */
export function useReviewClient(): { client: Client | null; token: string | null } {
  const [state, setState] = useState<{ client: Client | null; token: string | null }>({ client: null, token: null });
  useEffect(() => {
    const load = async () => setState({ client: await api(), token: await apiToken.getValue() });
    void load();
    return apiToken.watch(() => void load());
  }, []);
  return state;
}

/** What went wrong, in the interface language: never the API's English detail with its paths and ids. */
export const messageOf = errorMessage;
