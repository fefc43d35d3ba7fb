// Dev-only page (/src/canvas/dev/harness.html?sample=mortgage|generated&n=300&theme=light): the canvas
// and the inspector on a local history, with the canvas commands on the real key bindings.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../shell/theme.css';
import { CanvasHarness } from './CanvasHarness';

const params = new URLSearchParams(location.search);
if (params.get('theme') === 'light') document.documentElement.dataset.theme = 'light';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CanvasHarness sample={params.get('sample') ?? 'mortgage'} size={Number(params.get('n') ?? 300)} inspector={params.get('inspector') !== '0'} />
  </StrictMode>,
);
