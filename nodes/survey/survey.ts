import { z } from 'zod';
import { defineNodeKind } from '../defineNodeKind';
import { diagnostic } from '../../runtime/diagnostics/diagnostic';

/** A listening point: a short survey. */
export const survey = defineNodeKind({
  kind: 'survey',
  title: 'Survey',
  description: 'A listening point: a short survey (CSAT, NPS or CES) of 2 to 5 questions.',
  icon: 'survey',
  traits: ['listening-point'],
  defaultLane: 'customer',
  props: {
    metric: z.enum(['csat', 'nps', 'ces']).describe('What the survey measures'),
    questions: z.array(z.string()).min(1).describe('The questions asked'),
    responseRate: z.number().min(0).max(1).describe('Share of customers who answer (0 to 1)'),
  },
  defaults: () => ({ label: 'Survey', metric: 'csat' as const, questions: ['How satisfied are you?', 'What could we do better?'], responseRate: 0.3 }),
  compile: (node) => ({ meta: { metric: node.metric, questions: node.questions.length } }),
  sim: { responseRate: (node) => node.responseRate },
  lint: (node, index, ctx) => {
    const n = node.questions.length;
    if (n >= 2 && n <= 5) return [];
    const fix = n > 5 ? `cut it to the 5 that matter most: long surveys lose respondents` : 'ask at least 2 questions: a score and a why';
    return [diagnostic('J102', `survey '${node.id}' has ${n} question${n === 1 ? '' : 's'}: ${fix}`, { path: ctx.nodePath(index, 'questions'), nodeId: node.id })];
  },
});
