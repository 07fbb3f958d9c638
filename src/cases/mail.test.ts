/**
 * Notifications by email through a real SMTP conversation (`smtp-server` on an ephemeral port), on both engines:
 * sent once the act commits, to the recipients who gave an address, in each one's language, saying what happened
 * and where to read it but nothing the case holds; a mail server that fails never fails the act.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { describeEachEngine } from '../testing/db.ts';
import { makeSession, makeTwoNationWorld, makeUser } from '../testing/factories.ts';
import { buildApp } from '../app/http-app.ts';
import type { App } from '../http/types.ts';
import type { Actor } from '../shared/actor.ts';
import { createMailer, mailSettingsFromEnv } from './mail.ts';

interface Received {
  to: string[];
  subject: string;
  text: string;
}

/** A header's encoded words (RFC 2047), as nodemailer writes a subject that is not ASCII, decoded. */
const decodeWords = (header: string) =>
  header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );

function parse(raw: string): { subject: string; text: string } {
  const [head, ...body] = raw.split(/\r?\n\r?\n/);
  const unfolded = head!.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const text = body
    .join('\n\n')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return { subject: decodeWords(subject), text: Buffer.from(text, 'latin1').toString('utf8') };
}

let server: SMTPServer;
let port: number;
const received: Received[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parse(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('mail settings and a failing server', () => {
  it('reads the settings from the environment; none without a server', () => {
    expect(mailSettingsFromEnv({})).toBeNull();
    expect(
      mailSettingsFromEnv({ CENTINELA_SMTP_URL: 'smtp://mail:25', CENTINELA_MAIL_FROM: 'C <c@x.mx>' }),
    ).toEqual({ smtpUrl: 'smtp://mail:25', from: 'C <c@x.mx>', publicUrl: undefined });
  });

  it('logs and counts a message the server did not take, and throws nothing', async () => {
    const warn = vi.fn();
    // a port nothing listens on
    const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:1', from: 'c@test' }, { warn });
    await mailer.send([
      { to: 'a@example.org', locale: 'en', kind: 'assigned', caseId: 'c', operationId: null },
    ]);
    mailer.close();
    expect(mailer.counts).toEqual({ sent: 0, failed: 1 });
    expect(warn).toHaveBeenCalledOnce();
  });
});

describeEachEngine('notifications by email', (getDb) => {
  let app: App;
  let world: Awaited<ReturnType<typeof makeTwoNationWorld>>;
  let commander: Actor;
  const call = async (who: Actor, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: { authorization: `Bearer ${await makeSession(getDb(), who)}` },
    });
  const arrived = async (to: string) => {
    await vi.waitFor(() => expect(received.some((r) => r.to.includes(to))).toBe(true), {
      timeout: 20_000,
      interval: 50,
    });
    return received.find((r) => r.to.includes(to))!;
  };

  beforeEach(async () => {
    received.length = 0;
    world = await makeTwoNationWorld(getDb());
    commander = await getDb().asOwner((tx) => makeUser(tx, world.hostAgency, ['commander'], 'mx-mando'));
    app = await buildApp({
      db: getDb(),
      mail: {
        smtpUrl: `smtp://127.0.0.1:${port}`,
        from: 'Centinela <centinela@test>',
        publicUrl: 'https://c.test/',
      },
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('mails an assignment to the assignee who gave an address, in their language, once it commits', async () => {
    const caseId = (
      await call(world.host, 'POST', '/api/cases', {
        title: 'Embarque secreto de anhídrido',
        marking: { tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
      })
    ).json().id as string;
    expect(
      (await call(world.otherHost, 'PATCH', '/api/me', { locale: 'en', email: 'cni@example.org' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(commander, 'PATCH', '/api/me', { locale: 'es', email: 'mando@example.org' })).statusCode,
    ).toBe(200);
    expect((await call(world.host, 'PATCH', '/api/me', { email: 'not an address' })).statusCode).toBe(400);

    for (const who of [world.otherHost, commander])
      expect(
        (await call(world.host, 'POST', `/api/cases/${caseId}/assignees`, { userId: who.userId })).statusCode,
      ).toBe(201);
    const english = await arrived('cni@example.org');
    expect(english.subject).toBe('Centinela: You were assigned to a case');
    expect(english.text).toContain(`https://c.test/#/cases/${caseId}`);
    const spanish = await arrived('mando@example.org');
    expect(spanish.subject).toBe('Centinela: Se le asignó un caso');
    expect(spanish.text).toContain('Puede leerlo en Centinela');
    // the message says what happened and where, never what the case holds
    for (const message of [english, spanish]) expect(message.text).not.toContain('anhídrido');
    expect(received).toHaveLength(2);
    // the in-app notification is there as before
    expect((await call(world.otherHost, 'GET', '/api/notifications/count')).json().unread).toBe(1);

    // no address, no mail: the in-app notification alone
    const partnerCase = (
      await call(world.host, 'POST', '/api/cases', {
        title: 'Otro',
        marking: { tlp: 'amber', releasableTo: ['MEX', 'USA'], recipients: [] },
      })
    ).json().id as string;
    await call(world.host, 'POST', `/api/cases/${partnerCase}/assignees`, { userId: world.partner.userId });
    expect((await call(world.partner, 'GET', '/api/notifications/count')).json().unread).toBe(1);
    expect(received).toHaveLength(2);
  });
});
