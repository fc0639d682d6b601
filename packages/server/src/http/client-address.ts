import { isIPv4, isIPv6 } from 'node:net';
import type { Context } from 'hono';

/** What @hono/node-server puts in `c.env`: Node's request, whose socket knows the peer. */
type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } } | undefined;

/**
 * The address of the client that sent the request, as rate limits count it: the peer of the
 * connection, or, behind `trustedProxies` proxies (load balancers) that each append the address
 * they received the request from to `X-Forwarded-For`, the address the outermost of them saw.
 * Entries further left were written by the client itself and prove nothing, so they are never
 * used. An IPv6 address stands for its /64 network, which one customer's connection usually gets
 * whole.
 *
 * @param trustedProxies - how many proxies in front of the server append to `X-Forwarded-For`;
 *   0 when clients connect to the server directly (then the header is ignored).
 * @returns the address (`203.0.113.7`, `2001:db8:1:2::/64`), or `unknown` when the server cannot
 *   tell (a request made in process, as tests do).
 * @example
 * clientAddress(c, 1); // behind one load balancer
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const peer = (c.env as NodeBindings)?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return addressKey(peer);
  const forwarded = c.req.header('X-Forwarded-For');
  if (!forwarded) return addressKey(peer);
  const hops = [...forwarded.split(',').map((hop) => hop.trim()).filter((hop) => hop.length > 0), peer];
  return addressKey(hops[Math.max(0, hops.length - 1 - trustedProxies)]!);
}

/**
 * The form an address is counted under: IPv4 as is (also when written as IPv6, `::ffff:1.2.3.4`),
 * IPv6 as its /64 network; anything else (a proxy that writes names) as given, at most 100
 * characters.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/^\[|\](?::\d+)?$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(plain)) return plain;
  if (isIPv6(plain)) return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
  return address.slice(0, 100);
}

/** The eight groups of an IPv6 address, `::` filled in, without leading zeros, lower case. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  // An IPv4 tail (`::1.2.3.4`) takes two groups; only the first four groups are kept anyway.
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const zeros = Array.from({ length: 8 - width(left) - width(right) }, () => '0');
  return [...left, ...zeros, ...right].map((group) => (group.includes('.') ? group : Number.parseInt(group, 16).toString(16)));
}
