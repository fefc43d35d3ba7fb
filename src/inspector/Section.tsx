import { useState, type ReactNode } from 'react';

/** A collapsible inspector section, VS Code style. */
export function Section({ title, children, defaultOpen = true, actions }: { title: string; children: ReactNode; defaultOpen?: boolean; actions?: ReactNode }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className={`ji-section${open ? '' : ' ji-section-closed'}`}>
      <div className="ji-section-head">
        <button type="button" className="ji-section-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <span className="ji-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
        {actions}
      </div>
      {open ? <div className="ji-section-body">{children}</div> : null}
    </section>
  );
}
