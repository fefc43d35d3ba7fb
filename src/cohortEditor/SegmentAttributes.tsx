import { useState } from 'react';
import type { Cohort } from '../../runtime/model/cohort';
import type { Distribution } from '../../runtime/model/primitives';
import { removeAttribute, setAttribute } from '../../runtime/model/ops';
import { DistributionField } from '../inspector/DistributionField';
import { DistributionProblems } from './DistributionProblems';
import type { FormContext } from '../inspector/SchemaField';

export interface SegmentAttributesProps {
  cohort: Cohort;
  index: number;
  ctx: FormContext;
  onEdit(next: Cohort, label: string): void;
}

/**
 * A segment's attribute distributions (numbers, labels or booleans): one distribution field each,
 * remove, add by name. Attributes other segments give and this one does not are offered (a journey
 * needs every declared attribute in every segment, J027), starting from the other segment's.
 */
export function SegmentAttributes({ cohort, index, ctx, onEdit }: SegmentAttributesProps) {
  const s = cohort.segments[index]!;
  const [name, setName] = useState('');
  const own = s.attributes ?? {};
  const missing = new Map<string, Distribution>();
  for (const other of cohort.segments) for (const [k, v] of Object.entries(other.attributes ?? {})) if (!(k in own) && !missing.has(k)) missing.set(k, v);
  const add = (attr: string, dist: Distribution) => onEdit(setAttribute(cohort, s.id, attr, dist), `Add attribute ${attr} to ${s.id}`);
  const trimmed = name.trim();
  const taken = trimmed in own;
  return (
    <div className="ce-details-col ce-attributes" data-testid={`segment-attributes-${index}`}>
      <div className="ce-details-title">Attributes ({Object.keys(own).length})</div>
      {Object.entries(own).map(([attr, dist]) => (
        <div key={attr} className="ce-attribute" data-attribute={attr}>
          <div className="ce-attribute-field">
            <DistributionField
              name={`segments.${index}.attributes.${attr}`}
              label={attr}
              value={dist}
              ctx={ctx}
              onCommit={(v) => onEdit(v === undefined ? removeAttribute(cohort, s.id, attr) : setAttribute(cohort, s.id, attr, v), `Set attribute ${attr} of ${s.id}`)}
            />
            <DistributionProblems value={dist} diagnostics={ctx.diagnostics(`segments.${index}.attributes.${attr}`, true)} />
          </div>
          <button type="button" className="ji-icon-button ce-attribute-remove" aria-label={`Remove attribute ${attr} of ${s.id}`} title="Remove the attribute" onClick={() => onEdit(removeAttribute(cohort, s.id, attr), `Remove attribute ${attr} of ${s.id}`)}>
            ✕
          </button>
        </div>
      ))}
      {missing.size > 0 ? (
        <div className="ce-missing">
          <span className="ji-hint">Other segments also have:</span>
          {[...missing].map(([attr, dist]) => (
            <button key={attr} type="button" className="ws-button ws-small" aria-label={`Add attribute ${attr} to ${s.id}`} onClick={() => add(attr, dist)}>
              + {attr}
            </button>
          ))}
        </div>
      ) : null}
      <form
        className="ji-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!trimmed || taken) return;
          add(trimmed, 0);
          setName('');
        }}
      >
        <input className="ji-input" value={name} placeholder="New attribute, e.g. income" aria-label={`New attribute of ${s.id}`} aria-invalid={taken || undefined} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="ji-button" disabled={!trimmed || taken} title={taken ? `${s.id} has ${trimmed} already` : undefined}>
          Add attribute
        </button>
      </form>
    </div>
  );
}
