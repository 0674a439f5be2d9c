/**
 * The Fullscreen API, where the browser grants it. It needs a user gesture (a click, a key), so a
 * presentation opened from a link starts in the browser window and offers a Full screen button;
 * where it is refused or missing (iOS Safari on a phone, a kiosk policy) the page fills the window.
 */
export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export const fullscreenAvailable = (): boolean =>
  typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled;
