import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const rulesHit = async (code: string, filePath: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
};

describe('the architecture lint rules', () => {
  it('keep React and UI libraries out of runtime/ and the pure files of nodes/', async () => {
    expect(await rulesHit(`import { useState } from 'react';\nexport const x = useState;\n`, 'runtime/model/x.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(`import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;\n`, 'nodes/touchpoint/x.ts')).toContain('no-restricted-imports');
    expect(await rulesHit(`import * as monaco from 'monaco-editor';\nexport const x = monaco;\n`, 'runtime/cli/x.ts')).toContain('no-restricted-imports');
  });

  it('keep the DOM out of runtime/', async () => {
    expect(await rulesHit(`export const w = window.innerWidth;\n`, 'runtime/sim/x.ts')).toContain('no-restricted-globals');
    expect(await rulesHit(`export const d = document.title;\n`, 'nodes/outcome/x.ts')).toContain('no-restricted-globals');
  });

  it('allow React in the views of nodes/ and in src/', async () => {
    expect(await rulesHit(`import { memo } from 'react';\nexport const V = memo(() => null);\n`, 'nodes/touchpoint/View.tsx')).not.toContain('no-restricted-imports');
    expect(await rulesHit(`import { memo } from 'react';\nexport const V = memo(() => null);\n`, 'src/shell/x.tsx')).not.toContain('no-restricted-imports');
  });

  it('forbid eval and new Function everywhere', async () => {
    // The forbidden calls are assembled here so that this file does not itself contain them.
    const [evalCall, functionCtor] = ['ev' + 'al', 'Func' + 'tion'];
    expect(await rulesHit(`export const f = (s: string) => ${evalCall}(s);\n`, 'src/x.ts')).toContain('no-restricted-syntax');
    expect(await rulesHit(`export const f = (s: string) => new ${functionCtor}(s);\n`, 'runtime/expr/x.ts')).toContain('no-restricted-syntax');
  });
});
