import { describe, expect, it } from 'vitest';
import { decodeMember, memberDecoder } from '../../src/whoot/decode.js';

const fail = (what: string) => new Error(what);

describe('member decoding', () => {
  it('hands out one value per user, transmit and email across member lists', () => {
    const decode = memberDecoder();
    const a = decode(JSON.parse('{"user_id":"u1","tx_permission":true,"email":"ann@bank.example"}'), fail);
    const again = decode(JSON.parse('{"user_id":"u1","tx_permission":true,"email":"ann@bank.example"}'), fail);
    const listener = decode({ user_id: 'u1', tx_permission: false, email: 'ann@bank.example' }, fail);
    const noEmail = decode({ user_id: 'u1', tx_permission: true }, fail);
    expect(again).toBe(a);
    expect(listener).not.toBe(a);
    expect(listener).toEqual({ user_id: 'u1', tx_permission: false, email: 'ann@bank.example' });
    expect(noEmail).toEqual({ user_id: 'u1', tx_permission: true });
    expect(decode({ user_id: 'u1', tx_permission: false, email: 'ann@bank.example' }, fail)).toBe(listener);
  });

  it('decodes exactly as decodeMember does, and refuses the same answers', () => {
    const decode = memberDecoder();
    for (const raw of [{ user_id: 'u2' }, { user_id: 'u3', tx_permission: false, email: 'x@y.z', extra: 1 }])
      expect(decode(raw, fail)).toEqual(decodeMember(raw, fail));
    expect(() => decode({ email: 'x@y.z' }, fail)).toThrow('a member without a string user_id');
    expect(() => decode({ user_id: 'u4', tx_permission: 'yes' }, fail)).toThrow('tx_permission "yes" for u4');
  });
});
