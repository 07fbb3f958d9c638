/**
 * tracking_gap: after leaving the port and before receipt, no event for longer than the threshold;
 * or never received: still not received and silent for longer than `neverReceivedHours` at the
 * analysis time.
 */
import { RECEIVING_STEPS, hoursBetween, isAtPort, isRegisteredPort } from '../consignment.ts';
import { finding, hours, type Detector } from './common.ts';

export const detectTrackingGap: Detector = (facts, thresholds) => {
  const events = facts.events;
  // Transit starts when the consignment leaves the port: its departure there, else its first event elsewhere.
  const departure = events.findIndex((e) => e.bizStep === 'departing' && isAtPort(e, facts));
  const leftPort = departure >= 0 ? departure + 1 : events.findIndex((e) => !isAtPort(e, facts));
  if (leftPort < 0 || leftPort >= events.length) return [];
  const firstReceipt = events.findIndex((e) => e.bizStep !== null && RECEIVING_STEPS.has(e.bizStep));
  const findings = [];
  const endOfTransit = firstReceipt < 0 ? events.length - 1 : firstReceipt;
  for (let i = Math.max(1, leftPort); i <= endOfTransit; i++) {
    // A leg that ends at a port is a sea voyage (trans-shipment is its own finding), not road silence.
    if (isRegisteredPort(events[i]!, facts)) continue;
    const silence = hoursBetween(events[i - 1]!.eventTime, events[i]!.eventTime);
    if (silence > thresholds.trackingGapHours) {
      findings.push(
        finding(
          facts,
          'tracking_gap',
          silence > thresholds.trackingGapHours * 3 ? 'high' : 'medium',
          [events[i - 1]!.eventId, events[i]!.eventId],
          `No event for ${hours(silence)} while in transit.`,
          `Sin eventos durante ${hours(silence)} en tránsito.`,
        ),
      );
    }
  }
  const last = events.at(-1)!;
  const silentSince = hoursBetween(last.eventTime, facts.asOf);
  if (firstReceipt < 0 && !isRegisteredPort(last, facts) && silentSince > thresholds.neverReceivedHours) {
    findings.push(
      finding(
        facts,
        'tracking_gap',
        'high',
        [last.eventId],
        `Never received: last seen ${hours(silentSince)} before the newest data, in transit.`,
        `Nunca recibido: visto por última vez ${hours(silentSince)} antes de los datos más recientes, en tránsito.`,
      ),
    );
  }
  return findings;
};
