import { captureInPage } from '@/page/capture/in-page';

// Injected into the active tab only when the user asks ("read this page"); returns the Vacancy.
export default defineUnlistedScript(() => captureInPage(document));
