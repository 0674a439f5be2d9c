/**
 * The update policy of the offline copy (README, "Offline"): a new version of the dashboard
 * installs in the background and waits; it never takes over a page that is running. It is taken
 *
 * - at the next load: registerServiceWorker() calls this right after the page has loaded, so a
 *   version that was waiting from an earlier visit replaces this one before anyone is using it;
 * - or at a safe point the page chooses: the presentation tour calls this at the end of a loop.
 *
 * Either way only if this is the dashboard's only open window: the others would run the old
 * version, whose chunks the new one deletes from the cache (the worker decides, scripts/sw/).
 * On success the page reloads (the view lives in the URL, so nothing is lost).
 */

/** The parts of `navigator.serviceWorker` and `location` this needs (stand-ins in tests). */
export interface UpdateHost {
  readonly container: Pick<ServiceWorkerContainer, 'getRegistration' | 'addEventListener'> | undefined;
  reload(): void;
  /** A channel to get the worker's answer on (MessageChannel in the browser). */
  channel(): { port1: MessagePort; port2: MessagePort };
}

function browserHost(): UpdateHost {
  return {
    container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    reload: () => window.location.reload(),
    channel: () => new MessageChannel(),
  };
}

/** Asks the waiting worker to take over if this is the only window; resolves with its answer. */
function askToTakeOver(waiting: ServiceWorker, host: UpdateHost): Promise<boolean> {
  const { port1, port2 } = host.channel();
  return new Promise((resolve) => {
    const answer = (takesOver: boolean) => {
      port1.close();
      resolve(takesOver);
    };
    port1.onmessage = (e: MessageEvent) => answer(e.data === true);
    // A worker that is replaced or fails before it answers will never answer.
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'redundant') answer(false);
    });
    waiting.postMessage({ type: 'SKIP_WAITING_IF_ALONE' }, [port2]);
  });
}

/**
 * Takes a waiting new version now if it safely can, then reloads the page into it. Resolves true
 * when the reload has been asked for; false when there is nothing waiting, no service worker, or
 * another window of the dashboard is open (the version is then taken at a later load).
 */
export async function applyWaitingUpdate(host: UpdateHost = browserHost()): Promise<boolean> {
  const container = host.container;
  const waiting = (await container?.getRegistration())?.waiting;
  if (!container || !waiting) return false;
  // Listen before asking: the new worker claims this page as soon as it activates.
  const controllerChanged = new Promise<void>((resolve) =>
    container.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
  if (!(await askToTakeOver(waiting, host))) return false;
  await controllerChanged;
  host.reload();
  return true;
}
