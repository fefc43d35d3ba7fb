// An accessibility smoke check for the browser tests, from Chromium's own accessibility tree (the
// names a screen reader announces), over the part of the page under one selector:
// - every control (button, input, slider, grid cell, switch…) has an accessible name;
// - ids are unique, and aria-labelledby / aria-describedby / aria-controls / label[for] point at
//   elements that exist;
// - no focusable element hides inside aria-hidden.
// It returns the problems as lines (empty: none), so a spec can assert on them and print them.

const CONTROL_ROLES = new Set(['button', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton', 'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'gridcell', 'link', 'menuitem', 'tab', 'treeitem']);

export async function a11yProblems(page, selector) {
  const problems = [];
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return [`nothing matches ${selector}`];
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!start) return [`${selector} is not in the accessibility tree`];
    const seen = [];
    const walk = (n) => {
      seen.push(n);
      for (const c of n.childIds ?? []) {
        const child = byId.get(c);
        if (child) walk(child);
      }
    };
    walk(start);
    for (const n of seen) {
      if (n.ignored) continue;
      const role = n.role?.value;
      if (!CONTROL_ROLES.has(role)) continue;
      const name = String(n.name?.value ?? '').trim();
      const disabled = n.properties?.some((p) => p.name === 'disabled' && p.value?.value === true);
      if (!name && !disabled) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.outerHTML.slice(0, 160); }',
          returnByValue: true,
        });
        problems.push(`a ${role} without an accessible name: ${result.value}`);
      }
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  problems.push(
    ...(await page.evaluate((sel) => {
      const out = [];
      const scope = document.querySelector(sel);
      if (!scope) return out;
      const ids = new Map();
      for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
      for (const el of scope.querySelectorAll('[id]')) if (ids.get(el.id) > 1) out.push(`id "${el.id}" is used ${ids.get(el.id)} times`);
      for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
        for (const el of scope.querySelectorAll(`[${attr}]`)) {
          // A collapsed disclosure may name the panel it would show (as axe allows).
          if (attr === 'aria-controls' && (el.getAttribute('aria-expanded') === 'false' || el.getAttribute('aria-selected') === 'false')) continue;
          for (const ref of el.getAttribute(attr).split(/\s+/).filter(Boolean)) if (!document.getElementById(ref)) out.push(`${attr}="${ref}" points at nothing (${el.outerHTML.slice(0, 120)})`);
        }
      }
      for (const el of scope.querySelectorAll('label[for]')) if (!document.getElementById(el.htmlFor)) out.push(`label for="${el.htmlFor}" points at nothing`);
      const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
      for (const hidden of scope.querySelectorAll('[aria-hidden="true"]')) {
        for (const el of hidden.matches(focusable) ? [hidden] : hidden.querySelectorAll(focusable)) out.push(`a focusable element inside aria-hidden: ${el.outerHTML.slice(0, 120)}`);
      }
      return [...new Set(out)];
    }, selector)),
  );
  return problems;
}
