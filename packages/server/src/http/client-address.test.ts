import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './client-address';

/** The address `clientAddress` finds for a request from `peer` with these headers. */
async function addressOf(peer: string | undefined, headers: Record<string, string>, trustedProxies: number): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, trustedProxies)));
  const env = peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } };
  return (await app.request('/', { headers }, env)).text();
}

describe('clientAddress', () => {
  it('counts the peer of the connection when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    expect(await addressOf('203.0.113.7', {}, 0)).toBe('203.0.113.7');
    expect(await addressOf('203.0.113.7', { 'X-Forwarded-For': '198.51.100.1' }, 0)).toBe('203.0.113.7');
  });

  it('behind one proxy, takes the address that proxy appended, not what the client wrote before it', async () => {
    expect(await addressOf('10.0.0.2', { 'X-Forwarded-For': '198.51.100.1' }, 1)).toBe('198.51.100.1');
    expect(await addressOf('10.0.0.2', { 'X-Forwarded-For': '1.1.1.1, 198.51.100.1' }, 1)).toBe('198.51.100.1');
    expect(await addressOf('10.0.0.2', { 'X-Forwarded-For': '1.1.1.1, 198.51.100.1, 10.0.0.1' }, 2)).toBe('198.51.100.1');
  });

  it('takes the peer when a trusted proxy sent no X-Forwarded-For, and the leftmost when it holds fewer hops', async () => {
    expect(await addressOf('10.0.0.2', {}, 1)).toBe('10.0.0.2');
    expect(await addressOf('10.0.0.2', { 'X-Forwarded-For': '198.51.100.1' }, 3)).toBe('198.51.100.1');
  });

  it('says unknown for a request made in process', async () => {
    expect(await addressOf(undefined, {}, 0)).toBe('unknown');
  });
});

describe('addressKey', () => {
  it('keeps IPv4, also written as IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address as its /64 network, however it is written', () => {
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0DB8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('keeps what is no address as given, at most 100 characters', () => {
    expect(addressKey('proxy.internal')).toBe('proxy.internal');
    expect(addressKey('x'.repeat(300))).toHaveLength(100);
  });
});
