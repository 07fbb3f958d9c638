import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { ATTACHMENT_MAX_BYTES } from '../shared/attachments.ts';
import { sequenceAudit } from '../audit/sequencer.ts';
import { checkedType } from './attachment-type.ts';
import { safeFilename } from './attachments.service.ts';
import { contentDisposition } from './attachment-routes.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCX = Buffer.from(
  zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Override PartName="/word/document.xml" ContentType="${DOCX_TYPE}.main+xml"/></Types>`,
    ),
    'word/document.xml': strToU8('<w:document/>'),
  }),
);

/** A multipart/form-data body with one file part. */
function multipart(filename: string, type: string, content: Buffer) {
  const boundary = '----centinela-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('the type of an attachment, from its bytes', () => {
  it('accepts what the bytes say and refuses the rest', async () => {
    expect(await checkedType('application/pdf', PDF)).toBe('application/pdf');
    expect(await checkedType('image/png', PNG)).toBe('image/png');
    expect(
      await checkedType(
        'image/jpg',
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
      ),
    ).toBe('image/jpeg');
    expect(await checkedType(DOCX_TYPE, DOCX)).toBe(DOCX_TYPE);
    expect(await checkedType('text/csv; charset=utf-8', Buffer.from('a,b\r\n1,"ñ"\n'))).toBe('text/csv');
    await expect(checkedType('application/pdf', EXE)).rejects.toMatchObject({
      code: 'ATTACHMENT_TYPE_MISMATCH',
    });
    await expect(checkedType('text/plain', PNG)).rejects.toMatchObject({ code: 'ATTACHMENT_TYPE_MISMATCH' });
    await expect(checkedType('text/plain', Buffer.from('a\u0000b'))).rejects.toMatchObject({
      code: 'ATTACHMENT_TYPE_MISMATCH',
    });
    await expect(checkedType('text/plain', Buffer.from([0xc3, 0x28]))).rejects.toMatchObject({
      code: 'ATTACHMENT_TYPE_MISMATCH',
    });
    await expect(
      checkedType(DOCX_TYPE, Buffer.from(zipSync({ 'a.txt': strToU8('hi') }))),
    ).rejects.toMatchObject({
      code: 'ATTACHMENT_TYPE_MISMATCH',
    });
    await expect(checkedType('text/html', Buffer.from('<p>hi</p>'))).rejects.toMatchObject({
      code: 'ATTACHMENT_TYPE_REFUSED',
    });
    await expect(checkedType(undefined, PDF)).rejects.toMatchObject({ code: 'ATTACHMENT_TYPE_REFUSED' });
  });

  it('stores a safe name and offers it for download in any script', () => {
    expect(safeFilename('C:\\Users\\x\\informe "final".pdf')).toBe('informe _final_.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('a\u0000\nb.txt')).toBe('a__b.txt');
    expect(safeFilename('..')).toBe('attachment');
    expect(contentDisposition('acta de decomiso ñ.pdf')).toBe(
      `attachment; filename="acta de decomiso _.pdf"; filename*=UTF-8''acta%20de%20decomiso%20%C3%B1.pdf`,
    );
  });
});

describeEachEngine('case attachments', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  const call = async (who: Actor, method: 'GET' | 'POST', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });
  const upload = async (
    who: Actor,
    caseId: string,
    file: string,
    type: string,
    content: Buffer,
    query = '',
  ) => {
    const { payload, contentType } = multipart(file, type, content);
    return app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/attachments${query}`,
      payload,
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}`, 'content-type': contentType },
    });
  };
  const openCase = async (releasableTo: string[]) =>
    (
      await call(world.host, 'POST', '/api/cases', {
        title: 'Acetona desviada',
        marking: { tlp: 'amber', releasableTo, recipients: [] },
      })
    ).json().id as string;

  beforeEach(async () => {
    world = await makeTwoNationWorld(getDb());
    app = await buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app.close();
  });

  it('uploads, lists and downloads a file, on the record and in the timeline', async () => {
    const caseId = await openCase(['MEX']);
    const stored = await upload(world.host, caseId, 'acta ñ.pdf', 'application/pdf', PDF);
    expect(stored.statusCode).toBe(201);
    const attachment = stored.json();
    expect(attachment).toMatchObject({
      caseId,
      filename: 'acta ñ.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      marking: { ownerAgency: world.hostAgency, tlp: 'amber', releasableTo: ['MEX'] },
    });
    expect(attachment.sha256).toMatch(/^[0-9a-f]{64}$/);

    const listed = (await call(world.otherHost, 'GET', `/api/cases/${caseId}/attachments`)).json();
    expect(listed.items.map((a: { id: string }) => a.id)).toEqual([attachment.id]);
    expect(listed.total).toBe(1);
    expect((await call(world.otherHost, 'GET', '/api/attachments')).json().total).toBe(1);

    const downloaded = await call(world.otherHost, 'GET', `/api/attachments/${attachment.id}`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.rawPayload.equals(PDF)).toBe(true);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
    expect(downloaded.headers['content-disposition']).toContain("filename*=UTF-8''acta%20%C3%B1.pdf");

    const detail = (await call(world.host, 'GET', `/api/cases/${caseId}`)).json();
    expect(detail.timeline.map((t: { kind: string; what: string }) => [t.kind, t.what])).toContainEqual([
      'attached',
      'acta ñ.pdf',
    ]);
    await sequenceAudit(getDb());
    const audit = await getDb().asOwner((tx) =>
      tx.query<{ action: string; table_name: string | null }>(
        `select action, detail->>'contentType' as table_name from audit_log
          where action = 'case.attach' or (action = 'read' and $1 = any (subject_ids)) order by seq`,
        [attachment.id],
      ),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['case.attach', 'read', 'read', 'read', 'read']);
  });

  it('an attachment is never wider than its case, and what a caller may not see answers as unknown', async () => {
    const released = await openCase(['MEX', 'USA']);
    const narrowed = await upload(
      world.host,
      released,
      'informe.txt',
      'text/plain',
      Buffer.from('solo MEX\n'),
      '?releasableTo=MEX',
    );
    expect(narrowed.json().marking.releasableTo).toEqual(['MEX']);
    const shared = await upload(world.host, released, 'foto.png', 'image/png', PNG);
    expect(shared.json().marking.releasableTo).toEqual(['MEX', 'USA']);
    const wider = await upload(
      world.host,
      await openCase(['MEX']),
      'x.csv',
      'text/csv',
      Buffer.from('a\n'),
      '?releasableTo=MEX,USA',
    );
    expect(wider.json().marking.releasableTo).toEqual(['MEX']);

    const seen = (await call(world.partner, 'GET', `/api/cases/${released}/attachments`)).json();
    expect(seen.items.map((a: { filename: string }) => a.filename)).toEqual(['foto.png']);
    const hidden = await call(world.partner, 'GET', `/api/attachments/${narrowed.json().id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('ATTACHMENT_NOT_FOUND');
    expect(
      (await call(world.partner, 'GET', `/api/cases/${wider.json().caseId}/attachments`)).json().error.code,
    ).toBe('CASE_NOT_FOUND');
    // the partner's advisor contributes to a case it sees, and may not upload to one it does not
    expect(
      (await upload(world.partner, released, 'nota.txt', 'text/plain', Buffer.from('ok'))).statusCode,
    ).toBe(201);
    const blind = await upload(
      world.partner,
      wider.json().caseId,
      'nota.txt',
      'text/plain',
      Buffer.from('ok'),
    );
    expect([blind.statusCode, blind.json().error.code]).toEqual([404, 'CASE_NOT_FOUND']);
  });

  it('refuses a file too large, of a refused type or whose bytes are not its type, with coded answers', async () => {
    const caseId = await openCase(['MEX']);
    const answers = [
      await upload(
        world.host,
        caseId,
        'big.pdf',
        'application/pdf',
        Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x25),
      ),
      await upload(world.host, caseId, 'x.exe', 'application/x-msdownload', EXE),
      await upload(world.host, caseId, 'x.pdf', 'application/pdf', EXE),
      await upload(world.host, caseId, 'empty.txt', 'text/plain', Buffer.alloc(0)),
    ];
    expect(answers.map((a) => [a.statusCode, a.json().error.code])).toEqual([
      [413, 'ATTACHMENT_TOO_LARGE'],
      [415, 'ATTACHMENT_TYPE_REFUSED'],
      [415, 'ATTACHMENT_TYPE_MISMATCH'],
      [400, 'ATTACHMENT_MISSING'],
    ]);
    const json = await call(world.host, 'POST', `/api/cases/${caseId}/attachments`, { file: 'x' });
    expect([json.statusCode, json.json().error.code]).toEqual([400, 'ATTACHMENT_MISSING']);
    expect((await call(world.host, 'GET', `/api/cases/${caseId}/attachments`)).json().total).toBe(0);
  });

  it('the database refuses a file over the limit or of a type not accepted, whoever writes it', async () => {
    const caseId = await openCase(['MEX']);
    // the content made by the database itself: 10 MiB as a parameter is slow to send to PGlite, and beside the point
    const insert = (bytes: number, type: string) =>
      getDb().asUser(world.host, (tx) =>
        tx.query(
          `insert into case_attachments (id, owner_agency, releasable_to, case_id, filename, content_type, content,
             sha256, uploaded_by)
           values (gen_random_uuid(), $1, '{MEX}', $2, 'f', $3, convert_to(repeat('x', $4), 'UTF8'), repeat('0', 64),
             $5)`,
          [world.hostAgency, caseId, type, bytes, world.host.userId],
        ),
      );
    await expect(insert(ATTACHMENT_MAX_BYTES + 1, 'text/plain')).rejects.toThrow(/check/);
    await expect(insert(6, 'image/svg+xml')).rejects.toThrow(/check/);
    await expect(insert(ATTACHMENT_MAX_BYTES, 'text/plain')).resolves.toBeDefined();
  });
});
