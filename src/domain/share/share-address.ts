/**
 * The address a shared link and its QR code point at. By default the page's own address; but a
 * page served from the machine itself (an expo kiosk, a laptop demo on 127.0.0.1) gives links no
 * other device can open, so a deployment may name its public address (VITE_PUBLIC_URL, at build
 * time), and otherwise the Share dialog says who can open the link.
 */

/** Who can open a link to a host: anyone, devices on the same local network, this device only. */
export type HostReach = 'public' | 'local-network' | 'this-device';

const ipv4 = (host: string): number[] | null => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((n) => n <= 255) ? parts : null;
};

/** Names that resolve only on a local network (mDNS, home routers, RFC 8375) or on one machine. */
const LOCAL_SUFFIXES = ['.local', '.lan', '.home', '.internal', '.intranet', '.corp', '.home.arpa'];

/** Who can reach `hostname` (as URL.hostname gives it: lower case, IPv6 in brackets). */
export function hostReach(hostname: string): HostReach {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'this-device';
  // IPv6: loopback and unspecified, IPv4-mapped addresses, unique-local (fc00::/7), link-local.
  if (host.includes(':')) {
    if (host === '::1' || host === '::') return 'this-device';
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    if (mapped?.[1]) return hostReach(mapped[1]);
    if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return 'local-network';
    return 'public';
  }
  const v4 = ipv4(host);
  if (v4) {
    const [a = 0, b = 0] = v4;
    if (a === 127 || a === 0) return 'this-device';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'local-network';
    // Link-local, and carrier-grade NAT (an address behind the mobile operator's router).
    if ((a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'local-network';
    return 'public';
  }
  // A name without a dot ("kiosk") is known only to the local network's resolver.
  if (!host.includes('.') || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return 'local-network';
  return 'public';
}

export type PublicUrlResult = { ok: true; url: string | null } | { ok: false; error: string };

/**
 * VITE_PUBLIC_URL → the app's public address (origin and path, no query or hash), null when not
 * set. Only http(s); anything else is an error, for the build to report.
 */
export function parsePublicUrl(raw: unknown): PublicUrlResult {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { ok: true, url: null };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      error: `VITE_PUBLIC_URL must be an absolute http(s) address, got "${text.slice(0, 80)}"`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: `VITE_PUBLIC_URL must be http(s), got "${url.protocol}"` };
  if (url.username || url.password)
    return { ok: false, error: 'VITE_PUBLIC_URL must not carry a user name or password' };
  return { ok: true, url: `${url.origin}${url.pathname}` };
}

export interface ShareAddress {
  /** Origin and path that links are built on. */
  base: string;
  /** The host the links name, for the dialog to show. */
  host: string;
  /** `configured`: the deployment named its public address; else who can open the page's own. */
  reach: HostReach | 'configured';
}

/**
 * Who, other than this device, cannot open links on `address` (the Share dialog and the
 * presentation's QR code both say so); null: anyone can.
 */
export const unreachable = (address: ShareAddress): 'this-device' | 'local-network' | null =>
  address.reach === 'this-device' || address.reach === 'local-network' ? address.reach : null;

/** Where links point: the configured public address if any, else the page's own (`pageHref`). */
export function shareAddress(pageHref: string, publicUrl: string | null): ShareAddress {
  if (publicUrl !== null) return { base: publicUrl, host: new URL(publicUrl).host, reach: 'configured' };
  const page = new URL(pageHref);
  // Split rather than origin + path: a page opened from a file (a USB stick) has no origin.
  const base = pageHref.split(/[?#]/)[0] ?? pageHref;
  if (page.protocol === 'file:') return { base, host: page.pathname, reach: 'this-device' };
  return { base, host: page.host, reach: hostReach(page.hostname) };
}
