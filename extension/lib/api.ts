import { createClient } from '../../shared/client';
import { apiBase } from './settings';

export { ApiError } from '../../shared/client';

/** The API client for the address chosen in the settings. */
export async function api() {
  return createClient(await apiBase.getValue());
}
