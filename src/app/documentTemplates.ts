import { formatDocument } from '../../runtime/model/formatDocument';
import { slugify } from '../../runtime/model/ops';

const titleOf = (slug: string) => slug.replace(/-+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

/** A new journey: three stages, a first touchpoint and two outcomes — valid, ready to extend. */
export function newJourneyText(name: string): string {
  const id = slugify(name) || 'journey';
  return formatDocument({
    format: 'journey/1',
    id,
    name: titleOf(name),
    stages: [
      { id: 'discover', name: 'Discover' },
      { id: 'consider', name: 'Consider' },
      { id: 'decide', name: 'Decide' },
    ],
    start: 'first-visit',
    nodes: [
      { id: 'first-visit', kind: 'touchpoint', label: 'First visit', channel: 'web', stage: 'discover', lane: 'customer', position: { x: 0, y: 200 } },
      { id: 'signed-up', kind: 'outcome', label: 'Signed up', result: 'success', stage: 'decide', lane: 'customer', position: { x: 520, y: 200 } },
      { id: 'lost', kind: 'outcome', label: 'Lost interest', result: 'abandoned', stage: 'decide', lane: 'backstage', position: { x: 520, y: 480 } },
    ],
    edges: [
      { id: 'sign-up', from: 'first-visit', to: 'signed-up', event: 'SIGN_UP', sim: { p: 0.3, delay: '2d' } },
      { id: 'gone-quiet', from: 'first-visit', to: 'lost', after: '14d' },
    ],
  });
}

/** A new cohort: one segment with all the customers. */
export function newCohortText(name: string): string {
  const id = slugify(name) || 'cohort';
  return formatDocument({ format: 'cohort/1', id, name: titleOf(name), segments: [{ id: 'everyone', name: 'Everyone', share: 1 }] });
}
