/**
 * The entity network as the entity page asks for it: depth 2 (and 3) around the entities with the most records,
 * as the host analyst and the partner advisor, on a world already loaded into PostgreSQL (e.g. by
 * bench/national-scale.ts). Prints per entity: records, nodes, edges, complete, and seconds (first and warm).
 *   npx tsx bench/network.ts --database-url postgres://postgres@127.0.0.1:5432/medium [--top 5] [--depths 2,3]
 * or on the embedded database of `centinela --data DIR demo` (stopped first: the folder has one user at a time):
 *   npx tsx bench/network.ts --data DIR [--top 5] [--depths 2,3]
 */
import { parseArgs } from 'node:util';
import { openOwnerSession } from '../src/identity/service.ts';
import { entityNetwork } from '../src/network/service.ts';
import { openStore } from '../src/store/open.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    data: { type: 'string' },
    top: { type: 'string', default: '5' },
    depths: { type: 'string', default: '2,3' },
  },
});
if (!values['database-url'] && !values.data) throw new Error('--database-url or --data is required');
const db = await openStore({ databaseUrl: values['database-url'], dataDir: values.data });
const depths = values.depths.split(',').map(Number);
const seconds = (since: number) => (Math.round((performance.now() - since) / 10) / 100).toFixed(2);

for (const username of ['analista', 'advisor']) {
  const actor = await openOwnerSession(db, username, `bench-network-${username}`, 'network bench', 1);
  if (!actor) throw new Error(`no user ${username}`);
  const largest = await db.asUser(actor, async (tx) => {
    const { rows } = await tx.query<{ id: string; record_count: number }>(
      `select id, record_count from entities where record_count > 0
        order by record_count desc, first_record_id limit $1`,
      [Number(values.top)],
    );
    return rows;
  });
  for (const entity of largest) {
    for (const depth of depths) {
      const first = performance.now();
      const view = await entityNetwork(db, actor, entity.id, depth);
      const firstSeconds = seconds(first);
      const warm = performance.now();
      await entityNetwork(db, actor, entity.id, depth);
      console.log(
        `${username} entity of ${entity.record_count} records, depth ${depth}: ${view.nodes.length} nodes, ` +
          `${view.edges.length} edges, complete ${view.complete}; ${firstSeconds} s first, ${seconds(warm)} s warm`,
      );
    }
  }
}
await db.close();
