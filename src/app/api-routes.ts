import type { FastifyPluginAsync } from 'fastify';
import type { AppOptions } from './http-app.ts';
import type { App } from '../http/types.ts';
import identityRoutes from '../identity/routes.ts';
import { LoginThrottle } from '../identity/login-throttle.ts';
import markingRoutes from '../markings/routes.ts';
import auditRoutes from '../audit/routes.ts';
import reportRoutes from '../reports/routes.ts';
import screeningRoutes from '../screening/routes.ts';
import epcisRoutes from '../epcis/routes.ts';
import custodyRoutes from '../custody/routes.ts';
import incidentRoutes from '../incidents/routes.ts';
import federationRoutes from '../federation/routes.ts';
import leadRoutes from '../leads/routes.ts';
import caseRoutes from '../cases/routes.ts';
import { createMailer } from '../cases/mail.ts';
import { escalateInto } from '../cases/index.ts';
import { analyseConsignments } from '../custody/index.ts';
import resolutionRoutes from '../resolution/routes.ts';
import { entitiesOfPartyValues } from '../resolution/index.ts';
import networkRoutes from '../network/routes.ts';
import searchRoutes from '../search/routes.ts';
import { dashboardRoutes } from '../dashboard/index.ts';

/** Every capability's routes plugin, mounted under /api. */
export function apiRoutes(options: AppOptions): FastifyPluginAsync {
  return async (instance) => {
    const app = instance as unknown as App;
    await app.register(identityRoutes, {
      throttle: new LoginThrottle(options.loginThrottle),
      secureCookies: options.tls ?? false,
    });
    await app.register(markingRoutes);
    await app.register(auditRoutes);
    await app.register(reportRoutes);
    // escalating an alert or a finding opens a case or adds to one: cases reads leads, which read custody
    await app.register(screeningRoutes, { escalated: escalateInto });
    // capture, then analyse: custody reads the events through epcis's face, so the analysis is passed in
    await app.register(epcisRoutes, { analyse: analyseConsignments });
    await app.register(custodyRoutes, { escalated: escalateInto });
    // an incident's parties linked to entities: resolution matches them (it reads the scenario, which writes incidents)
    await app.register(incidentRoutes, { entitiesOfParties: entitiesOfPartyValues });
    await app.register(federationRoutes);
    await app.register(leadRoutes);
    // notifications are mailed too when the installation has a mail server (CENTINELA_SMTP_URL)
    const mailer = options.mail ? createMailer(options.mail, app.log) : null;
    if (mailer) app.addHook('onClose', async () => mailer.close());
    await app.register(caseRoutes, { mailer });
    await app.register(resolutionRoutes);
    await app.register(networkRoutes);
    await app.register(searchRoutes);
    await app.register(dashboardRoutes);
  };
}
