import { describe, expect, it, vi } from 'vitest';
import { applyWaitingUpdate, type UpdateHost } from './apply-waiting-update';

/**
 * A stand-in for the browser's service worker objects: a waiting worker that answers the page's
 * question as the real one does (scripts/sw/sw-extra.js), and a container that announces the
 * change of controller once the worker has taken over.
 */
function fakeBrowser({ waiting = true, alone = true, redundantFirst = false } = {}) {
  const controllerChange = new EventTarget();
  const events = new EventTarget();
  const worker = {
    state: 'installed' as ServiceWorkerState,
    posted: [] as unknown[],
    addEventListener: events.addEventListener.bind(events),
    postMessage(message: unknown, transfer: MessagePort[]) {
      worker.posted.push(message);
      if (redundantFirst) {
        worker.state = 'redundant';
        events.dispatchEvent(new Event('statechange'));
        return;
      }
      transfer[0]?.postMessage(alone);
      if (alone) queueMicrotask(() => controllerChange.dispatchEvent(new Event('controllerchange')));
    },
  };
  const reload = vi.fn();
  const host: UpdateHost = {
    container: {
      getRegistration: () =>
        Promise.resolve({ waiting: waiting ? worker : null } as unknown as ServiceWorkerRegistration),
      addEventListener: controllerChange.addEventListener.bind(controllerChange),
    },
    reload,
    channel: () => new MessageChannel(),
  };
  return { host, worker, reload };
}

describe('applyWaitingUpdate', () => {
  it('asks a waiting version to take over and reloads into it when this is the only window', async () => {
    const { host, worker, reload } = fakeBrowser();
    await expect(applyWaitingUpdate(host)).resolves.toBe(true);
    expect(worker.posted).toEqual([{ type: 'SKIP_WAITING_IF_ALONE' }]);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('leaves the running version alone while another window of the dashboard is open', async () => {
    const { host, worker, reload } = fakeBrowser({ alone: false });
    await expect(applyWaitingUpdate(host)).resolves.toBe(false);
    expect(worker.posted).toHaveLength(1);
    expect(reload).not.toHaveBeenCalled();
  });

  it('does nothing when no version is waiting', async () => {
    const { host, worker, reload } = fakeBrowser({ waiting: false });
    await expect(applyWaitingUpdate(host)).resolves.toBe(false);
    expect(worker.posted).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('does nothing without service workers (an old browser, a blocked context)', async () => {
    const reload = vi.fn();
    const host: UpdateHost = { container: undefined, reload, channel: () => new MessageChannel() };
    await expect(applyWaitingUpdate(host)).resolves.toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('gives up, without reloading, when the waiting worker is replaced before it answers', async () => {
    const { host, reload } = fakeBrowser({ redundantFirst: true });
    await expect(applyWaitingUpdate(host)).resolves.toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
