import { applyWaitingUpdate } from './apply-waiting-update';

/**
 * Registers the service worker that keeps an offline copy of the dashboard (scripts/build-sw.mjs;
 * README, "Offline"). main.tsx imports this module lazily, once the page has loaded, so it costs
 * the first screen nothing. Any failure (no service workers in this browser or context, storage
 * refused) leaves the dashboard working online as before, and is not an error worth showing.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainer | undefined = 'serviceWorker' in navigator
    ? navigator.serviceWorker
    : undefined,
): Promise<void> {
  if (!container) return;
  try {
    // updateViaCache 'none': the check for a new version asks the server, never the HTTP cache.
    const registration = await container.register(`${import.meta.env.BASE_URL}sw.js`, {
      updateViaCache: 'none',
    });
    // A version installed during an earlier visit is taken now, at load (see applyWaitingUpdate).
    if (registration.waiting) await applyWaitingUpdate();
  } catch {
    // Offline support is a bonus on top of a page that works; nothing to tell the reader.
  }
}
