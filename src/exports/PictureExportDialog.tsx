import { useEffect, useRef, useState } from 'react';
import { useWorkspace } from '../state/workspaceStore';
import { exportMapPicture } from './exportMapPicture';
import { closePictureDialog, usePictureDialog } from './pictureDialogStore';
import './pictureDialog.css';
import { DEFAULT_PICTURE_OPTIONS, pictureOptions, rememberPictureOptions, type PictureOptions } from './pictureOptions';

/** The choices of a map picture: format, whole map or visible area, light background, PNG scale (remembered). */
export function PictureExportDialog() {
  const docId = usePictureDialog((s) => s.docId);
  const path = useWorkspace((s) => (docId ? s.docs[docId]?.path : undefined));
  const [options, setOptions] = useState<PictureOptions>(DEFAULT_PICTURE_OPTIONS);
  const exportButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!docId) return;
    let live = true;
    void pictureOptions().then((o) => {
      if (!live) return;
      setOptions(o);
      exportButton.current?.focus();
    });
    return () => {
      live = false;
    };
  }, [docId]);
  if (!docId) return null;
  const set = (patch: Partial<PictureOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const run = () => {
    rememberPictureOptions(options);
    closePictureDialog();
    void exportMapPicture(docId, options);
  };
  return (
    <div className="ws-modal-backdrop nokey" onMouseDown={(e) => e.target === e.currentTarget && closePictureDialog()}>
      <form
        className="ws-dialog ws-picture-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="picture-dialog-title"
        data-testid="picture-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') closePictureDialog();
        }}
      >
        <h2 id="picture-dialog-title">Picture of the map{path ? ` · ${path}` : ''}</h2>
        <fieldset className="ws-choice">
          <legend>Format</legend>
          <label>
            <input type="radio" name="picture-format" checked={options.format === 'png'} onChange={() => set({ format: 'png' })} data-testid="picture-format-png" /> PNG image (slides, chat)
          </label>
          <label>
            <input type="radio" name="picture-format" checked={options.format === 'svg'} onChange={() => set({ format: 'svg' })} data-testid="picture-format-svg" /> SVG drawing (Figma, Illustrator, PowerPoint)
          </label>
        </fieldset>
        <fieldset className="ws-choice">
          <legend>Area</legend>
          <label>
            <input type="radio" name="picture-area" checked={options.area === 'whole'} onChange={() => set({ area: 'whole' })} data-testid="picture-area-whole" /> The whole map
          </label>
          <label>
            <input type="radio" name="picture-area" checked={options.area === 'visible'} onChange={() => set({ area: 'visible' })} data-testid="picture-area-visible" /> What the canvas shows now
          </label>
        </fieldset>
        <label className="ws-choice-line">
          <input type="checkbox" checked={options.light} onChange={(e) => set({ light: e.currentTarget.checked })} data-testid="picture-light" /> Light background (even in the dark theme)
        </label>
        <label className="ws-choice-line">
          PNG scale{' '}
          <select value={options.scale} disabled={options.format !== 'png'} onChange={(e) => set({ scale: Number(e.currentTarget.value) as PictureOptions['scale'] })} data-testid="picture-scale">
            <option value={1}>1× (screen)</option>
            <option value={2}>2× (sharp on slides)</option>
            <option value={3}>3× (print)</option>
          </select>
        </label>
        <div className="ws-dialog-buttons">
          <button ref={exportButton} type="submit" className="ws-button ws-primary" data-testid="picture-export">
            Export
          </button>
          <button type="button" className="ws-button" onClick={closePictureDialog}>
            Cancel
          </button>
        </div>
        <p className="ws-dialog-note">Drawn from the journey itself: text stays text, nothing on screen is copied.</p>
      </form>
    </div>
  );
}
