/** Finding ids are keyed hashes of what identifies a finding (issue 11): deterministic, and opaque without the key. */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findingIds, type IdentifiedFinding } from './finding-id.ts';

const HOST = ['MX-ANAM', 'MX-CNI'];
const PARTNER = ['US-DEA'];

const finding = (over: Partial<IdentifiedFinding> = {}): IdentifiedFinding => ({
  billOfLading: 'MEDU0001',
  kind: 'quantity_loss',
  severity: 'medium',
  evidence: ['urn:uuid:00000000-0000-4000-8000-000000000001'],
  evidenceRefs: ['event:6f1c2f4e-7d0b-4d4e-9a57-0d1f3e3b9a10', 'line:2d6f9c1a-4b1e-4f0e-8c2a-51b7f0a4d3e2'],
  explanation: { en: '400 kg missing', es: 'Faltan 400 kg' },
  viewers: HOST,
  ...over,
});

describe('finding ids', () => {
  const key = randomBytes(32);

  it('are the same for the same derivation: same key and inputs, same id (in another run, in another database)', () => {
    const [id] = findingIds(key, [finding()]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(findingIds(Buffer.from(key), [finding()])).toEqual([id]);
    // the work on it, its severity and its wording do not make it another finding
    expect(
      findingIds(key, [finding({ severity: 'high', explanation: { en: '900 kg', es: '900 kg' } })]),
    ).toEqual([id]);
  });

  it('differ for a class that derives from other rows, another consignment or kind, and within a class', () => {
    const [id] = findingIds(key, [finding()]);
    const others = [
      finding({ evidenceRefs: ['event:0c8a1f62-1111-4e4e-9a57-0d1f3e3b9a10'] }), // the partner's own event
      finding({ evidence: ['urn:uuid:00000000-0000-4000-8000-000000000002'] }),
      finding({ billOfLading: 'MEDU0002' }),
      finding({ kind: 'tracking_gap' }),
    ];
    const ids = findingIds(key, others);
    expect(new Set([id, ...ids]).size).toBe(5);
    // two findings of one class identical in what identifies them still get two ids, in a stable order
    const twins = findingIds(key, [finding({ severity: 'low' }), finding({ severity: 'high' })]);
    expect(new Set(twins).size).toBe(2);
    expect(findingIds(key, [finding({ severity: 'high' }), finding({ severity: 'low' })])).toEqual(
      [...twins].reverse(),
    );
  });

  it('name the same finding of two classes alike (which agencies share a class is not the reader’s to see)', () => {
    const ids = findingIds(key, [finding({ viewers: HOST }), finding({ viewers: PARTNER })]);
    expect(ids[0]).toBe(ids[1]);
    expect(findingIds(key, [finding({ viewers: ['MX-ANAM', 'MX-CNI', 'US-DEA'] })])).toEqual([ids[0]]);
  });

  it('reveal nothing of the inputs without the key: no hash of them gives the id, another key gives another', () => {
    const f = finding();
    const [id] = findingIds(key, [f]);
    const hex = id!.replace(/-/g, '');
    const texts = [
      [f.billOfLading, f.kind, JSON.stringify(f.evidence), JSON.stringify(f.evidenceRefs)].join('\u0000'),
      [
        'finding',
        f.billOfLading,
        f.kind,
        JSON.stringify(f.evidence),
        JSON.stringify(f.evidenceRefs),
        '0',
      ].join('\u0000'),
      [f.billOfLading, f.kind, ...f.evidence, ...f.evidenceRefs].join(''),
      ...f.evidenceRefs,
      ...f.evidence,
    ];
    for (const text of texts)
      for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
        const digest = createHash(algorithm).update(text).digest('hex');
        expect(digest.slice(0, 8)).not.toBe(hex.slice(0, 8));
        // an HMAC whose key is guessable (empty, or the consignment) does not give it either
        for (const guess of ['', f.billOfLading])
          expect(createHmac(algorithm, guess).update(text).digest('hex').slice(0, 8)).not.toBe(
            hex.slice(0, 8),
          );
      }
    expect(findingIds(randomBytes(32), [f])).not.toEqual([id]);
  });
});
