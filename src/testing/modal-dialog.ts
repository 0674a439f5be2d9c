import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has <dialog> but not its modal behaviour: enough of it (showModal opens, close closes and
 * fires `close`) to drive a component that opens one, for the test file that calls this.
 */
export function shimModalDialog(): void {
  const proto = HTMLDialogElement.prototype;
  const original = { showModal: proto.showModal, close: proto.close };
  beforeAll(() => {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  });
  afterAll(() => {
    proto.showModal = original.showModal;
    proto.close = original.close;
  });
}
