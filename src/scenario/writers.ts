/**
 * Streaming writers with back-pressure: CSV through csv-stringify (RFC 4180 quoting, header row),
 * EPCIS documents written event by event (one `events.jsonld`, or `events-0001.jsonld`… of a fixed
 * number of events each), and the truth as JSON Lines or as one `truth.json` assembled from section
 * files at the end. Nothing holds a whole file in memory.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';
import { documentClose, documentOpen, type EpcisEvent } from './epcis.ts';
import type { TruthRecord } from './truth.ts';

async function writeChunk(stream: NodeJS.WritableStream, chunk: string | Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await finished(stream);
}

export class CsvWriter {
  private readonly file: WriteStream;
  private readonly csv: Stringifier;

  constructor(path: string, columns: readonly string[]) {
    this.file = createWriteStream(path);
    this.csv = stringify({ header: true, columns: [...columns], quoted_match: /^\s|\s$/ });
    this.csv.pipe(this.file);
  }

  async write(row: readonly (string | number)[]): Promise<void> {
    if (!this.csv.write(row)) await once(this.csv, 'drain');
  }

  async close(): Promise<void> {
    this.csv.end();
    await finished(this.file);
  }
}

export class EventsWriter {
  private file: WriteStream | null = null;
  private inDocument = 0;
  private documents = 0;
  total = 0;
  readonly files: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly perDocument: number,
    private readonly documentId: (n: number) => string,
    private readonly creationDate: string,
  ) {}

  private fileName(n: number): string {
    return Number.isFinite(this.perDocument)
      ? `events-${String(n).padStart(4, '0')}.jsonld`
      : 'events.jsonld';
  }

  private async open(): Promise<WriteStream> {
    this.documents++;
    const name = this.fileName(this.documents);
    this.files.push(name);
    const file = createWriteStream(join(this.dir, name));
    await writeChunk(file, documentOpen(this.documentId(this.documents), this.creationDate));
    this.inDocument = 0;
    return file;
  }

  async write(events: readonly EpcisEvent[]): Promise<void> {
    for (const event of events) {
      if (this.file && this.inDocument >= this.perDocument) {
        await writeChunk(this.file, documentClose);
        await close(this.file);
        this.file = null;
      }
      this.file ??= await this.open();
      await writeChunk(this.file, (this.inDocument > 0 ? ',\n' : '') + JSON.stringify(event));
      this.inDocument++;
      this.total++;
    }
  }

  async close(): Promise<void> {
    this.file ??= await this.open();
    await writeChunk(this.file, documentClose);
    await close(this.file);
  }
}

type Section = 'lines' | 'consignments' | 'parties' | 'labs' | 'decoys';
const SECTIONS: Section[] = ['lines', 'consignments', 'parties', 'labs', 'decoys'];
const SECTION_OF: Record<TruthRecord['type'], Section> = {
  line: 'lines',
  consignment: 'consignments',
  party: 'parties',
  lab: 'labs',
  decoy: 'decoys',
};

/** `jsonl`: one `truth.jsonl` with typed records; `json`: one `truth.json` object with an array per section. */
export class TruthWriter {
  private readonly streams = new Map<Section, { file: WriteStream; count: number }>();
  readonly fileName: string;

  constructor(
    private readonly dir: string,
    private readonly format: 'json' | 'jsonl',
    private readonly header: Record<string, unknown>,
  ) {
    this.fileName = format === 'json' ? 'truth.json' : 'truth.jsonl';
    if (format === 'jsonl') {
      const file = createWriteStream(join(dir, this.fileName));
      for (const section of SECTIONS) this.streams.set(section, { file, count: 0 });
    } else {
      for (const section of SECTIONS)
        this.streams.set(section, { file: createWriteStream(join(dir, `.truth-${section}.part`)), count: 0 });
    }
  }

  async write(record: TruthRecord): Promise<void> {
    const section = SECTION_OF[record.type];
    const target = this.streams.get(section) as { file: WriteStream; count: number };
    const separator = this.format === 'json' && target.count > 0 ? ',\n' : '';
    await writeChunk(target.file, separator + JSON.stringify(record) + (this.format === 'jsonl' ? '\n' : ''));
    target.count++;
  }

  async close(): Promise<void> {
    if (this.format === 'jsonl') {
      await close((this.streams.get('lines') as { file: WriteStream }).file);
      return;
    }
    const out = createWriteStream(join(this.dir, this.fileName));
    await writeChunk(out, JSON.stringify(this.header).slice(0, -1));
    for (const section of SECTIONS) {
      const part = this.streams.get(section) as { file: WriteStream };
      await close(part.file);
      await writeChunk(out, `,"${section}":[\n`);
      for await (const chunk of createReadStream(part.file.path)) await writeChunk(out, chunk as Buffer);
      await writeChunk(out, '\n]');
      await rm(part.file.path);
    }
    await writeChunk(out, '}\n');
    await close(out);
  }
}
