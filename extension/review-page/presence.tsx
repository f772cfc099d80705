import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import type { Viewer } from '../../shared/profiles';
import { PersonName } from './names';
import { Message } from '@/lib/message';

/** A beat this often while the profile is shown; the API forgets one after a minute. */
export const PRESENCE_BEAT_MS = 20_000;

/**
 * Who else has this profile open (#19: no lost work). The page beats while it is visible, pauses
 * while hidden (the beat then runs out), and lets go when the profile closes or the page does.
 */
export function usePresence(client: Client, profileId: string): Viewer[] {
  const [viewers, setViewers] = useState<Viewer[]>([]);
  useEffect(() => {
    let open = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const beat = async () => {
      clearTimeout(timer);
      if (document.visibilityState !== 'visible') return;
      // A courtesy, not a guard: a beat that fails shows nobody rather than an error.
      const others = await client.markPresent(profileId).catch(() => []);
      if (!open) return;
      setViewers(others);
      timer = setTimeout(() => void beat(), PRESENCE_BEAT_MS);
    };
    const gone = () => void client.markGone(profileId).catch(() => undefined);
    const visible = () => void beat();
    void beat();
    document.addEventListener('visibilitychange', visible);
    addEventListener('pagehide', gone);
    return () => {
      open = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', visible);
      removeEventListener('pagehide', gone);
      gone();
    };
  }, [client, profileId]);
  return viewers;
}

/** "Ook geopend door Fatima de Vries, Joost Bakker": nothing when nobody else has it open. */
export function PresenceLine({ viewers }: { viewers: Viewer[] }) {
  const names = viewers.flatMap((viewer, i) => [...(i ? [', '] : []), <PersonName key={viewer.tokenId} who={viewer} />]);
  return (
    <p class="presence" role="status" data-testid="presence">
      {viewers.length > 0 && <Message id="reviewPage.presence" parts={[<>{names}</>]} />}
    </p>
  );
}
