// Small hand-written journeys shared by the tests of runtime/compile and runtime/testgen.
import { journeySchema, type Journey } from '../model/journey';

/** Three stages, a decision by customer attributes, a reminder loop on a timer, a staffed review. */
export const mortgageJourney: Journey = journeySchema.parse({
  format: 'journey/1',
  id: 'mortgage-mini',
  name: 'Mortgage (mini)',
  customer: { income: 'number', digital: 'bool' },
  vars: { reminders: 0 },
  stages: [
    { id: 'explore', name: 'Explore' },
    { id: 'apply', name: 'Apply' },
    { id: 'close', name: 'Close' },
  ],
  teams: [{ id: 'advisors', name: 'Advisors', staff: 2, costPerHour: 50 }],
  start: 'visit',
  nodes: [
    { id: 'visit', kind: 'touchpoint', label: 'Visit website', channel: 'web', stage: 'explore', lane: 'customer', emotion: 1, momentOfTruth: true },
    { id: 'remind', kind: 'action', label: 'Send reminder', stage: 'explore', lane: 'backstage', actions: [{ type: 'assign', var: 'reminders', expr: 'journey.reminders + 1' }, { type: 'message', channel: 'email', template: 'reminder' }] },
    { id: 'apply-form', kind: 'touchpoint', label: 'Application form', channel: 'app', stage: 'apply', lane: 'customer' },
    { id: 'check', kind: 'decision', label: 'Eligibility', stage: 'apply', lane: 'backstage' },
    { id: 'review', kind: 'action', label: 'Advisor review', stage: 'apply', lane: 'frontstage', work: { team: 'advisors', handle: '30m' } },
    { id: 'approved', kind: 'outcome', label: 'Approved', stage: 'close', result: 'success', value: 1000 },
    { id: 'declined', kind: 'outcome', label: 'Declined', stage: 'close', result: 'failure' },
    { id: 'lost', kind: 'outcome', label: 'Lost', result: 'abandoned' },
  ],
  edges: [
    { id: 'e-apply', from: 'visit', to: 'apply-form', event: 'APPLY', actions: [{ type: 'track', name: 'apply_clicked' }] },
    { id: 'e-wait', from: 'visit', to: 'remind', after: '3d' },
    { id: 'e-again', from: 'remind', to: 'visit', always: true, guard: 'journey.reminders < 2' },
    { id: 'e-give-up', from: 'remind', to: 'lost', always: true },
    { id: 'e-submit', from: 'apply-form', to: 'check', event: 'SUBMIT' },
    { id: 'e-fast', from: 'check', to: 'approved', always: true, guard: 'customer.income >= 50000 && customer.digital' },
    { id: 'e-manual', from: 'check', to: 'review', always: true, guard: 'customer.income >= 50000' },
    { id: 'e-decline', from: 'check', to: 'declined', always: true },
    { id: 'e-reviewed', from: 'review', to: 'approved', always: true },
    { id: 'e-slow', from: 'review', to: 'declined', after: '2d' },
    { id: 'e-quit', from: 'explore', to: 'lost', event: 'QUIT' },
    { id: 'e-stale', from: 'apply', to: 'lost', after: '14d' },
  ],
});

/** No stages: a wait with two timers, a nudge loop capped by a journey var, a staffed call for one segment. */
export const onboardingJourney: Journey = journeySchema.parse({
  format: 'journey/1',
  id: 'onboarding',
  name: 'Onboarding',
  customer: { age: 'number' },
  vars: { nudges: 0 },
  lanes: [
    { id: 'you', name: 'Customer', kind: 'customer' },
    { id: 'crm', name: 'CRM', kind: 'backstage' },
  ],
  teams: [{ id: 'concierge', name: 'Concierge', staff: 1 }],
  start: 'signup',
  nodes: [
    { id: 'signup', kind: 'touchpoint', label: 'Sign up', channel: 'web', lane: 'you' },
    { id: 'waiting', kind: 'wait', label: 'Waiting for activation', lane: 'you', emotion: 'journey.nudges > 0 ? -1 : 0' },
    { id: 'nudge', kind: 'action', label: 'Nudge', lane: 'crm', actions: [{ type: 'assign', var: 'nudges', expr: 'journey.nudges + 1' }, { type: 'message', channel: 'sms', template: 'nudge' }] },
    { id: 'vip-call', kind: 'touchpoint', label: 'Concierge call', channel: 'phone', lane: 'you', work: { team: 'concierge', handle: '20m' }, momentOfTruth: true },
    { id: 'activated', kind: 'outcome', label: 'Activated', result: 'success', value: 50 },
    { id: 'dormant', kind: 'outcome', label: 'Dormant', result: 'churn' },
  ],
  edges: [
    { id: 'to-vip', from: 'signup', to: 'vip-call', always: true, guard: 'customer.segment == "vip" && customer.age >= 30' },
    { id: 'to-wait', from: 'signup', to: 'waiting', always: true },
    { id: 'activate', from: 'waiting', to: 'activated', event: 'ACTIVATE' },
    { id: 'remind', from: 'waiting', to: 'nudge', after: '2d', guard: 'journey.nudges < 1' },
    { id: 'expire', from: 'waiting', to: 'dormant', after: '5d' },
    { id: 'back', from: 'nudge', to: 'waiting', always: true },
    { id: 'called', from: 'vip-call', to: 'activated', always: true, actions: [{ type: 'incentive', name: 'welcome-gift', cost: 20 }] },
    { id: 'no-answer', from: 'vip-call', to: 'waiting', after: '1d' },
    { id: 'again', from: 'vip-call', to: 'vip-call', event: 'RETRY' },
  ],
});

/** Onboarding where the concierge call has an outcome of its own: only VIPs aged 30+ get there. */
export const vipOnlyJourney: Journey = journeySchema.parse({
  ...onboardingJourney,
  id: 'onboarding-vip',
  nodes: [...onboardingJourney.nodes, { id: 'vip-activated', kind: 'outcome', label: 'VIP activated', result: 'success', value: 500 }],
  edges: onboardingJourney.edges.map((e) => (e.id === 'called' ? { ...e, to: 'vip-activated' } : e)),
});

/**
 * Ids whose Mermaid forms collide: node `call-queued` and the `queued` step of the staffed node
 * `call` (both `call_queued`), the keyword `state` (`state_S`) and `state-s` (`state_s`, the same
 * but for case), a stage `x-direction` (`x_direction_S`) and a node `x-direction-s`.
 */
export const collidingIdsJourney: Journey = journeySchema.parse({
  format: 'journey/1',
  id: 'colliding-ids',
  name: 'Colliding ids',
  stages: [{ id: 'x-direction', name: 'Stage x-direction' }],
  teams: [{ id: 'agents', name: 'Agents', staff: 2 }],
  start: 'call',
  nodes: [
    { id: 'call', kind: 'touchpoint', label: 'Node call', channel: 'phone', work: { team: 'agents', handle: '5m' } },
    { id: 'call-queued', kind: 'action', label: 'Node call-queued' },
    { id: 'state', kind: 'action', label: 'Node state' },
    { id: 'state-s', kind: 'action', label: 'Node state-s', stage: 'x-direction' },
    { id: 'x-direction-s', kind: 'action', label: 'Node x-direction-s', stage: 'x-direction' },
    { id: 'end', kind: 'outcome', label: 'Node end', result: 'success' },
    { id: 'end-s', kind: 'outcome', label: 'Node end-s', result: 'failure' },
  ],
  edges: [
    { id: 'hang-up', from: 'call', to: 'call-queued', event: 'HANGUP' },
    { id: 'handled', from: 'call', to: 'state', always: true },
    { id: 'queued-on', from: 'call-queued', to: 'state-s', after: '1d' },
    { id: 'state-on', from: 'state', to: 'x-direction-s', event: 'NEXT' },
    { id: 'state-s-on', from: 'state-s', to: 'end', always: true },
    { id: 'x-on', from: 'x-direction-s', to: 'end-s', event: 'STOP' },
    { id: 'stage-out', from: 'x-direction', to: 'end', after: '2d' },
  ],
});
