import { BRIDGE_KEY, handleWriteBack } from '@/page/write-back/bridge';

// Injected into the page's MAIN world only on an explicit write-back or undo: editor instances live
// there. It installs one function; page/tab.ts calls it with the request.
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[Symbol.for(BRIDGE_KEY)] = handleWriteBack;
});
