/** The sample journeys and cohorts, bundled as text: the workspace of a first start. */
export const SAMPLE_TEXTS = import.meta.glob('/samples/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
