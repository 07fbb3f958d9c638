-- The overview track of each consignment, derived when it is analysed: its positions in time order,
-- simplified for the national map (Douglas–Peucker, 1 km, the points findings name kept). Reading a
-- port's tracks from here is one indexed read per consignment instead of every event of the port.
-- Marked like any derived record: never wider than the lines and events it was drawn from, so a
-- caller who cannot see every input does not see this row, and the API draws what they can see live.
create table consignment_tracks (
  bill_of_lading text primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  port_locode text,
  -- [[lon, lat], …] rounded to 5 decimals, as JSON text: served as it is stored.
  track text not null,
  point_count integer not null,
  event_count integer not null,
  last_event_time timestamptz,
  computed_at timestamptz not null
);
select centinela_mark('consignment_tracks');
create index consignment_tracks_port on consignment_tracks (port_locode, bill_of_lading);
