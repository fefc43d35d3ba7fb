// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MAX_DOCUMENT_BYTES } from '../../../runtime/model/documentLimits';
import { JsonField } from './JsonField';

afterEach(cleanup);

function setup(value: unknown = [1, 2]) {
  const onCommit = vi.fn<(v: unknown) => void>();
  render(<JsonField name="weights" label="Weights" value={value} onCommit={onCommit} />);
  const input = document.querySelector('[name="weights"]') as HTMLTextAreaElement;
  const type = (text: string) => {
    fireEvent.change(input, { target: { value: text } });
    fireEvent.blur(input);
  };
  const problem = () => screen.queryByTestId('json-problem')?.textContent ?? null;
  return { input, onCommit, type, problem };
}

describe('JsonField', () => {
  it('commits good JSON', () => {
    const { onCommit, type, problem } = setup();
    type('{"web": 0.6, "phone": 0.4}');
    expect(problem()).toBeNull();
    expect(onCommit).toHaveBeenCalledWith({ web: 0.6, phone: 0.4 });
  });

  it.each([
    ['a number that overflows', '[1, 1e309]', /^JSON: 1:5: J037 the number 1e309 is too large to hold/],
    ['nesting 300 deep', `${'['.repeat(300)}${']'.repeat(300)}`, /^JSON: 1:257: J036 objects and arrays are nested more than 256 deep/],
    ['a "__proto__" key', '{"a": 1, "__proto__": {"polluted": true}}', /^JSON: 1:10: J045 .*has a key "__proto__"/],
    ['broken JSON', '{"a": }', /^JSON: 1:7: J001 invalid JSON/],
  ])('refuses %s: the problem under the field, nothing committed, the draft kept', (_what, text, note) => {
    const { input, onCommit, type, problem } = setup();
    type(text);
    expect(problem()).toMatch(note);
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a text over 50 MB without reading it', () => {
    const { onCommit, type, problem } = setup();
    type(`"${'x'.repeat(MAX_DOCUMENT_BYTES)}"`);
    expect(problem()).toMatch(/^JSON: the text is more than 50 MB/);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('warns of a repeated key and commits its last value, as a document does', () => {
    const { onCommit, type } = setup();
    type('{"web": 0.1, "web": 0.6}');
    expect(screen.getByTestId('json-warning').textContent).toMatch(/^JSON: 1:14: J109 the key "web" comes again/);
    expect(onCommit).toHaveBeenCalledWith({ web: 0.6 });
  });
});
