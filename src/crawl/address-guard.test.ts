import { describe, expect, it } from 'vitest';
import { AddressGuard, isPublicAddress } from './address-guard.js';
import { BlockedError, RetryableError } from './crawl-errors.js';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.0.0.2',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
    '::ffff:8.8.8.8',
    '::ffff:7f00:1',
    'fd12:3456::1',
    'fc00::1',
    'fe80::1%eth0',
    'ff02::1',
    '64:ff9b::10.0.0.1',
    '2002:0a00:0001::1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '64:ff9b::8.8.8.8', '2002:0808:0808::1'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('AddressGuard', () => {
  const fakeDns = (answers: Record<string, readonly string[]>) => {
    const asked: string[] = [];
    const lookup = async (hostname: string) => {
      asked.push(hostname);
      const addresses = answers[hostname];
      if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    return { asked, lookup };
  };

  it('lets public hosts through and refuses a name with any private address', async () => {
    const { lookup } = fakeDns({ 'public.test': ['93.184.216.34'], 'sneaky.test': ['93.184.216.34', '10.1.2.3'] });
    const guard = new AddressGuard({ lookup });
    await expect(guard.check('https://public.test/a')).resolves.toBeUndefined();
    const refused = guard.check('https://sneaky.test/a');
    await expect(refused).rejects.toBeInstanceOf(BlockedError);
    await expect(refused).rejects.toThrow(/sneaky\.test\/a.*10\.1\.2\.3/);
  });

  it('refuses private IP literals without asking DNS', async () => {
    const { asked, lookup } = fakeDns({});
    const guard = new AddressGuard({ lookup });
    for (const url of ['http://10.0.0.1/', 'http://127.0.0.2:8080/x', 'http://[::1]/', 'http://0x7f.1/', 'http://[::ffff:127.0.0.1]/']) {
      await expect(guard.check(url)).rejects.toBeInstanceOf(BlockedError);
    }
    expect(asked).toEqual([]);
  });

  it('allows a configured host by host:port or bare host only', async () => {
    const guard = new AddressGuard({ allowedHosts: ['127.0.0.1:4567', 'LOCALHOST', '[::1]:9000'], lookup: fakeDns({}).lookup });
    await expect(guard.check('http://127.0.0.1:4567/a')).resolves.toBeUndefined();
    await expect(guard.check('http://127.0.0.1:4568/a')).rejects.toBeInstanceOf(BlockedError);
    await expect(guard.check('http://localhost:1/a')).resolves.toBeUndefined();
    await expect(guard.check('http://[::1]:9000/')).resolves.toBeUndefined();
    await expect(guard.check('http://[::1]:9001/')).rejects.toBeInstanceOf(BlockedError);
    expect(guard.isAllowedHost(new URL('http://127.0.0.2:4567/'))).toBe(false);
  });

  it('matches the default port when the allow-list names it', async () => {
    const guard = new AddressGuard({ allowedHosts: ['127.0.0.1:80'], lookup: fakeDns({}).lookup });
    await expect(guard.check('http://127.0.0.1/')).resolves.toBeUndefined();
    await expect(guard.check('https://127.0.0.1/')).rejects.toBeInstanceOf(BlockedError);
  });

  it('refuses other schemes and reports unresolvable names as retryable', async () => {
    const guard = new AddressGuard({ lookup: fakeDns({}).lookup });
    await expect(guard.check('file:///etc/passwd')).rejects.toBeInstanceOf(BlockedError);
    await expect(guard.check('ftp://public.test/')).rejects.toBeInstanceOf(BlockedError);
    await expect(guard.check('https://nowhere.test/')).rejects.toBeInstanceOf(RetryableError);
  });

  it('resolves real names with the system resolver by default', async () => {
    // localhost resolves from /etc/hosts without network access.
    await expect(new AddressGuard().check('http://localhost:1/')).rejects.toBeInstanceOf(BlockedError);
  });
});
