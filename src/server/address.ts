/**
 * Which addresses a server-side fetch may reach. Only public unicast addresses pass: loopback,
 * private, link-local (the cloud metadata services at 169.254.169.254 and fd00:ec2::254 included),
 * CGNAT, unique-local, multicast, broadcast, unspecified, reserved and documentation ranges are
 * refused, and so is an IPv6 address that embeds one of them (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4). The ranges are ipaddr.js's, not hand-written patterns.
 */
import ipaddr from 'ipaddr.js';

/** Host names that reach the machine itself or its cloud's metadata service, whatever DNS says. */
const LOCAL_NAMES = new Set(['localhost', 'metadata', 'metadata.google.internal', 'instance-data']);
const LOCAL_SUFFIXES = ['.localhost', '.internal', '.local', '.localdomain', '.home.arpa'];

/** A URL's hostname without the brackets of an IPv6 literal or a trailing dot, lower case. */
export function bareHost(hostname: string): string {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase();
}

/** Whether `host` (bare) is an IP literal rather than a name. */
export function isIpLiteral(host: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(host) || ipaddr.IPv6.isValid(host);
}

/** Whether `host` (bare) is a name that always means this machine, its network or its metadata service. */
export function isLocalName(host: string): boolean {
  return LOCAL_NAMES.has(host) || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** The IPv4 address an IPv6 one carries, for the ranges that carry one; undefined otherwise. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  switch (address.range()) {
    case 'ipv4Mapped': return address.toIPv4Address();
    case 'rfc6145':
    case 'rfc6052': return v4(p[6]!, p[7]!);
    case '6to4': return v4(p[1]!, p[2]!);
    default:
      // IPv4-compatible (::a.b.c.d, deprecated by RFC 4291 but still routed by some stacks); ipaddr.js
      // calls it unicast. `::` and `::1` are not IPv4 and have ranges of their own.
      return p.slice(0, 6).every((part) => part === 0) && (p[6] !== 0 || p[7]! > 1) ? v4(p[6]!, p[7]!) : undefined;
  }
}

/** Address ranges a site opens on purpose (its own intranet feed hosts). */
export type Ranges = readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];

/** `10.1.2.3`, `10.0.0.0/8`, `fd12::/16` → ranges; a malformed entry is a TypeError at setup. */
export function parseRanges(list: readonly string[]): Ranges {
  return list.map((entry) => {
    try {
      return entry.includes('/') ? ipaddr.parseCIDR(entry.trim()) : (() => {
        const address = ipaddr.parse(bareHost(entry.trim()));
        return [address, address.kind() === 'ipv6' ? 128 : 32] as [ipaddr.IPv4 | ipaddr.IPv6, number];
      })();
    } catch {
      throw new TypeError(`nk-news/server: "${entry}" in allowPrivateNetwork is not an IP address or CIDR range`);
    }
  });
}

function inRanges(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: Ranges): boolean {
  return ranges.some(([base, bits]) => address.kind() === base.kind() && address.match(base, bits));
}

/**
 * Why an IP address may not be fetched (its range: "loopback", "private", "linkLocal"…), or
 * undefined when it is public unicast or in `open`. Text that is not an IP address is "invalid".
 */
export function blockedAddress(ip: string, open: Ranges = []): string | undefined {
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(bareHost(ip));
  } catch {
    return 'invalid';
  }
  if (open.length && inRanges(address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address() : address, open)) return undefined;
  if (address.kind() === 'ipv6') {
    const v6 = address as ipaddr.IPv6;
    // A zone id (fe80::1%eth0) only ever names a link-local address.
    if (v6.zoneId) return 'linkLocal';
    const inner = embeddedV4(v6);
    if (inner) {
      const range = inner.range();
      return range === 'unicast' ? undefined : `${v6.range()} ${range}`;
    }
    const range = v6.range();
    return range === 'unicast' ? undefined : range;
  }
  const range = (address as ipaddr.IPv4).range();
  return range === 'unicast' ? undefined : range;
}

/**
 * Why a URL's host may not be fetched before any DNS lookup: a blocked IP literal or a name that
 * always means this machine or its metadata service. Undefined for a public literal or other names.
 */
export function blockedHost(hostname: string, open: Ranges = []): string | undefined {
  const host = bareHost(hostname);
  if (isIpLiteral(host)) return blockedAddress(host, open);
  // With some private ranges opened, a local name is left to the DNS check of its answers.
  if (!open.length && isLocalName(host)) return 'local name';
  return undefined;
}
