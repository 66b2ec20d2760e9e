// Where a webhook may be sent: never to this service's own network unless configured (WEBHOOK_TARGETS). A target's
// host is resolved and every address it has is checked when it is subscribed, and again by the connection that
// sends (its DNS look-up is this one), so a name that later resolves to an inner address (DNS rebinding) is refused.
import dns from 'node:dns';
import net from 'node:net';

/** public: public addresses only (the default); loopback: also this machine; private: every address. */
export type TargetPolicy = 'public' | 'loopback' | 'private';
export type AddressKind = 'public' | 'loopback' | 'private';

const V4_NOT_PUBLIC: [string, number][] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local (cloud metadata services among them)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const v4Blocked = new net.BlockList();
for (const [address, prefix] of V4_NOT_PUBLIC) v4Blocked.addSubnet(address, prefix, 'ipv4');

function kindOfV4(address: string): AddressKind {
  if (address.startsWith('127.')) return 'loopback';
  return v4Blocked.check(address, 'ipv4') ? 'private' : 'public';
}

/** An IPv6 address's 16 bytes (a zone id dropped, a trailing dotted quad read as two words); null if not one. */
function v6Bytes(text: string): number[] | null {
  let address = text.split('%')[0]!;
  if (!net.isIPv6(address)) return null;
  address = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
    [((+a << 8) | +b).toString(16), ((+c << 8) | +d).toString(16)].join(':'),
  );
  const [left = '', right] = address.split('::');
  const words = (s: string) => (s === '' ? [] : s.split(':').map((w) => parseInt(w, 16)));
  const l = words(left);
  const r = right === undefined ? [] : words(right);
  const all = right === undefined ? l : [...l, ...Array<number>(8 - l.length - r.length).fill(0), ...r];
  if (all.length !== 8) return null;
  return all.flatMap((w) => [w >> 8, w & 0xff]);
}

function kindOfV6(address: string): AddressKind {
  const b = v6Bytes(address);
  if (!b) return 'private';
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const v4 = (at: number) => b.slice(at, at + 4).join('.');
  if (zeros(0, 16)) return 'private'; // unspecified
  if (zeros(0, 15) && b[15] === 1) return 'loopback';
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return kindOfV4(v4(12)); // IPv4-mapped
  if (zeros(0, 12)) return kindOfV4(v4(12)); // IPv4-compatible (deprecated)
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12))
    return kindOfV4(v4(12)); // NAT64
  if (b[0] === 0x20 && b[1] === 0x02) return kindOfV4(v4(2)); // 6to4
  if (b[0] === 0x20 && b[1] === 0x01 && zeros(2, 4)) return 'private'; // Teredo
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'private'; // documentation
  if (b[0] === 0x01 && zeros(1, 8)) return 'private'; // discard
  if ((b[0]! & 0xfe) === 0xfc) return 'private'; // unique local
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'private'; // link-local
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return 'private'; // site-local (deprecated)
  if (b[0] === 0xff) return 'private'; // multicast
  return 'public';
}

/** What an IP address is: public, this machine's (loopback), or another inner or special one (private). */
export function addressKind(address: string): AddressKind {
  if (net.isIPv4(address)) return kindOfV4(address);
  return kindOfV6(address);
}

export function allowedBy(policy: TargetPolicy, kind: AddressKind): boolean {
  return kind === 'public' || policy === 'private' || (policy === 'loopback' && kind === 'loopback');
}

/** Why a target URL is refused, in words, or null when it may be used; resolves its host. */
export async function targetProblem(raw: string, policy: TargetPolicy): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// (or http://)';
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return `names a host that cannot be found (${host})`;
    }
  }
  const refused = addresses.find((a) => !allowedBy(policy, addressKind(a)));
  return refused
    ? `reaches an address of a private, loopback or link-local network (${refused}); webhooks go to public addresses`
    : null;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS look-up for the connection that sends: the host's addresses, refused whole when one of them is not
 * allowed, so the connection is made only to an address that was checked.
 */
export function guardedLookup(policy: TargetPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '');
      const refused = found.find((a) => !allowedBy(policy, addressKind(a.address)));
      if (refused || found.length === 0) {
        const denied = Object.assign(new Error(`refused target address ${refused?.address ?? 'none'}`), {
          code: 'ETARGETREFUSED',
        });
        return callback(denied, '');
      }
      if (options.all) return callback(null, found);
      return callback(null, found[0]!.address, found[0]!.family);
    });
  };
}
