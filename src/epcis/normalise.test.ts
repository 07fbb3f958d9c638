import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cbvBareWord,
  containerNumberIn,
  contentEventId,
  normaliseEvent,
  trailingToken,
} from './normalise.ts';
import { geoPoint } from '../shared/geo.ts';

describe('normalisation helpers', () => {
  it('reads CBV values as bare words whatever their spelling', () => {
    expect(cbvBareWord('shipping')).toBe('shipping');
    expect(cbvBareWord('https://ref.gs1.org/cbv/BizStep-receiving')).toBe('receiving');
    expect(cbvBareWord('urn:epcglobal:cbv:disp:in_transit')).toBe('in_transit');
    expect(cbvBareWord('https://example.com/steps/custom')).toBe('https://example.com/steps/custom');
    expect(cbvBareWord(undefined)).toBeNull();
  });

  it('finds bills of lading, containers and positions', () => {
    expect(trailingToken('urn:epcglobal:cbv:bt:7501234000001:MEDU9876543')).toBe('MEDU9876543');
    expect(trailingToken('https://carrier.example/bol/MAEU123/')).toBe('MAEU123');
    expect(containerNumberIn(['urn:epc:id:sgtin:1.2.3', 'urn:epc:id:bic:MSCU1234565'])).toBe('MSCU1234565');
    expect(containerNumberIn(['urn:epc:id:sscc:0614141.1234567890'])).toBeNull();
    expect(geoPoint('geo:19.05,-104.3')).toEqual({ lat: 19.05, lon: -104.3 });
    expect(geoPoint('geo:95,10')).toBeNull();
    expect(geoPoint('urn:epc:id:sgln:7501234.00001.0')).toBeNull();
  });

  it('keys an event without eventID by its content, whatever the key order (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue(), { maxKeys: 8 }),
        (fields) => {
          const event = { type: 'ObjectEvent', ...fields };
          const reversed = Object.fromEntries(Object.entries(event).reverse());
          expect(contentEventId(reversed)).toBe(contentEventId(event));
          expect(contentEventId({ ...event, recordTime: '2024-01-01T00:00:00Z' })).toBe(
            contentEventId(event),
          );
        },
      ),
    );
  });

  it('normalises an event: kilograms from mass units only, place and time', () => {
    const event = normaliseEvent({
      type: 'ObjectEvent',
      eventTime: '2024-03-04T10:00:00-06:00',
      eventTimeZoneOffset: '-06:00',
      action: 'OBSERVE',
      bizStep: 'https://ref.gs1.org/cbv/BizStep-departing',
      parentID: 'urn:epc:id:bic:MSCU1234565',
      quantityList: [
        { epcClass: 'a', quantity: 2, uom: 'TNE' },
        { epcClass: 'b', quantity: 500, uom: 'GRM' },
        { epcClass: 'c', quantity: 12 },
      ],
      readPoint: { id: 'geo:19.9,-103.7' },
      bizTransactionList: [
        { type: 'https://ref.gs1.org/cbv/BTT-bol', bizTransaction: 'urn:epcglobal:cbv:bt:1:BOL1' },
      ],
    });
    expect(event).toMatchObject({
      eventIdAssigned: true,
      eventTime: '2024-03-04T16:00:00.000Z',
      bizStep: 'departing',
      containerNo: 'MSCU1234565',
      bol: 'BOL1',
      quantityKg: 2000.5,
      lat: 19.9,
      lon: -103.7,
    });
    expect(event.eventId).toMatch(/^urn:centinela:event-sha256:[0-9a-f]{64}$/);
  });
});
