import { create } from 'zustand';

/** The file whose map the picture dialog is about to export, while the dialog is open. */
export const usePictureDialog = create<{ docId: string | null }>()(() => ({ docId: null }));

export function openPictureDialog(docId: string): void {
  usePictureDialog.setState({ docId });
}

export function closePictureDialog(): void {
  usePictureDialog.setState({ docId: null });
}
