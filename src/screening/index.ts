/**
 * The screening capability's public face: the control list and the screener (custody reads which substances a
 * permit regime covers and what a line declares), and the checks every workflow action goes through, which
 * custody's findings share with screening's alerts (the states and moves themselves: src/shared/workflow.ts).
 */
export { loadControlList, type ControlList } from './control-list.ts';
export { Screener } from './screen-line.ts';
export { checkWorkflowStep, WORKFLOW_ACTION_BODIES } from './workflow-step.ts';
export { alertTallies, latestAlertDay, type AlertTallies } from './alert-tallies.repository.ts';
