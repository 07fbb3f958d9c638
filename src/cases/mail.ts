/**
 * Notifications by email (issue 19), when the installation has a mail server (`CENTINELA_SMTP_URL`,
 * `CENTINELA_MAIL_FROM`; docs/DEPLOYMENT.md): a notification written in an act's transaction is queued with it
 * (`queueMail`, for its recipients who gave an address) and sent only after the transaction commits
 * (`mailingAct`), so a rolled-back act mails nobody and a slow or failing mail server never fails nor holds the
 * act: failures are logged and counted.
 *
 * A message says what happened in the recipient's language and where to read it, never what the case or the
 * operation holds: mail leaves the database's row-level security and the markings behind.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database, Tx } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import type { NotificationKind } from '../shared/cases.ts';

export interface MailSettings {
  /** The mail server: `smtp://user:password@host:587`, `smtps://host:465`. */
  smtpUrl: string;
  /** The sender: `Centinela <centinela@agency.example>`. */
  from: string;
  /** Where users open Centinela (`https://centinela.agency.example`): messages link to the case or operation. */
  publicUrl?: string | undefined;
}

/** The mail settings from the environment, or none (no mail) when `CENTINELA_SMTP_URL` is unset. */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const smtpUrl = env.CENTINELA_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  return {
    smtpUrl,
    from: env.CENTINELA_MAIL_FROM?.trim() || 'Centinela <centinela@localhost>',
    publicUrl: env.CENTINELA_PUBLIC_URL?.trim() || undefined,
  };
}

/** A message to send once the act's transaction has committed. */
export interface QueuedMail {
  to: string;
  locale: 'es' | 'en';
  kind: NotificationKind;
  caseId: string;
  operationId: string | null;
}

const SUBJECTS: Record<'es' | 'en', Record<NotificationKind, string>> = {
  en: {
    assigned: 'You were assigned to a case',
    awaiting_decision: 'An operation awaits your decision',
    decided: 'A decision was taken on an operation',
    commented: 'An operation received a comment or a recommendation',
  },
  es: {
    assigned: 'Se le asignó un caso',
    awaiting_decision: 'Una operación espera su decisión',
    decided: 'Se tomó una decisión sobre una operación',
    commented: 'Una operación recibió un comentario o una recomendación',
  },
};
const READ_IT = {
  en: (where: string) => `Read it in Centinela: ${where}`,
  es: (where: string) => `Puede leerlo en Centinela: ${where}`,
};
const OPEN_CENTINELA = { en: 'Open Centinela to read it.', es: 'Abra Centinela para leerlo.' };

/** The message of a queued notification: its kind in the recipient's language and a link, nothing it is about. */
export function messageOf(mail: QueuedMail, settings: MailSettings) {
  const subject = `Centinela: ${SUBJECTS[mail.locale][mail.kind]}`;
  const path = mail.operationId ? `#/operations/${mail.operationId}` : `#/cases/${mail.caseId}`;
  const link = settings.publicUrl ? `${settings.publicUrl.replace(/\/+$/, '')}/${path}` : null;
  const text = `${SUBJECTS[mail.locale][mail.kind]}.\n\n${link ? READ_IT[mail.locale](link) : OPEN_CENTINELA[mail.locale]}\n`;
  return { from: settings.from, to: mail.to, subject, text };
}

/** What was queued in a transaction, taken by `mailingAct` when it has committed. */
const queued = new WeakMap<Tx, QueuedMail[]>();

export function queueMail(tx: Tx, mails: readonly QueuedMail[]): void {
  if (mails.length === 0) return;
  queued.set(tx, [...(queued.get(tx) ?? []), ...mails]);
}

export interface Mailer {
  /** Sends each message; a failure is logged and counted, never thrown. */
  send(mails: readonly QueuedMail[]): Promise<void>;
  /** How many messages were sent, and how many failed, since the start. */
  readonly counts: { sent: number; failed: number };
  close(): void;
}

export function createMailer(
  settings: MailSettings,
  log: { warn: (detail: object, message: string) => void },
): Mailer {
  const transport: Transporter = nodemailer.createTransport(settings.smtpUrl);
  const counts = { sent: 0, failed: 0 };
  return {
    counts,
    async send(mails) {
      for (const mail of mails)
        try {
          await transport.sendMail(messageOf(mail, settings));
          counts.sent++;
        } catch (error) {
          counts.failed++;
          log.warn(
            { err: error, kind: mail.kind, failed: counts.failed },
            'a notification email was not sent',
          );
        }
    },
    close: () => transport.close(),
  };
}

/** An act in one transaction as its actor, its queued mail sent once it has committed. */
export type MailingAct = <T>(actor: Actor, work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * Runs an act in one transaction as `actor`, then, once it has committed, sends what it queued, without awaiting
 * the mail server: the act is answered at once.
 */
export function mailingAct(db: Database, mailer: Mailer | null): MailingAct {
  return async (actor, work) => {
    let mails: QueuedMail[] = [];
    const result = await db.asUser(actor, async (tx) => {
      const done = await work(tx);
      mails = queued.get(tx) ?? [];
      return done;
    });
    if (mailer && mails.length > 0) void mailer.send(mails);
    return result;
  };
}
