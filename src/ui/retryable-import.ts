/**
 * A dynamic import that can be tried again once it has failed. Chromium up to at least 150 keeps a
 * failed module fetch in the document's module map: importing the same address again fails at once,
 * without a request, even after the network is back. So after a failure this imports the same file
 * under a fresh address (`?retry=N`), which the browser fetches anew; the file's own imports resolve
 * to the addresses already loaded, so it shares their instances (one React, one store).
 */
const FAILED_FILE = /(https?:\/\/[^\s'"]+?\.js)/;

export function retryableImport<T>(
  importer: () => Promise<T>,
  importFile: (address: string) => Promise<unknown> = (address) => import(/* @vite-ignore */ address),
): () => Promise<T> {
  let failedFile: string | null = null;
  let attempt = 0;
  return () => {
    const load = failedFile ? (importFile(`${failedFile}?retry=${++attempt}`) as Promise<T>) : importer();
    return load.catch((error: unknown) => {
      // Chromium and Firefox name the file in the message; elsewhere the plain import is retried.
      const file = FAILED_FILE.exec(error instanceof Error ? error.message : String(error))?.[1];
      if (file) failedFile = file;
      throw error;
    });
  };
}
