import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLoopback, isLoopbackHost } from './guard-writes.js';

test('only loopback addresses and loopback host names count as this machine', () => {
  for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.1.2.3']) assert.equal(isLoopback(a), true, a);
  for (const a of ['10.0.0.5', '::ffff:192.168.1.2', null]) assert.equal(isLoopback(a), false, String(a));
  for (const h of ['localhost:8080', '127.0.0.1:39123', '[::1]:8080', 'localhost']) assert.equal(isLoopbackHost(h), true, h);
  // A rebinding attacker's name that resolves to 127.0.0.1 is not a loopback name.
  for (const h of ['evil.example:8080', '127.0.0.1.evil.example', 'localhost.evil.example:80', undefined]) assert.equal(isLoopbackHost(h), false, String(h));
});
