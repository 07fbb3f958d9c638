/** The dashboard capability's public face: its routes plugin (counts of alerts and findings a caller may see). */
export { default as dashboardRoutes } from './routes.ts';
