import { createApiClient } from '../../shared/client';
import { apiBase, apiToken } from '../store/settings';

export { ApiError } from '../../shared/client';

/** The API client for the address (and team token, if any) chosen in the settings. */
export async function api() {
  return createApiClient(await apiBase.getValue(), { token: (await apiToken.getValue()) || null });
}
