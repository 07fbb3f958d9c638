/**
 * The EPCIS capability's public face: what other capabilities read of its events table. Custody's analysis,
 * consignment list and tracks join events with their own tables in one statement, so they compose the events
 * relation (`EVENTS`, aliased `e`) rather than call a read function per consignment; the columns they may use
 * are those of migrations/0200 (event_id, event_time, record_time, biz_step, disposition, action, biz_location,
 * read_point, lat, lon, quantity_kg, container_no, bol, epcs, parent_id, id and the marking columns).
 */
export const EVENTS = 'epcis_events e';
