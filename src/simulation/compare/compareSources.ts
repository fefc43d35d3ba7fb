// What can be compared with what: the file as it is now, its saved versions (History), the other
// journey files. A choice is a SourceRef string; resolving it gives the journey to simulate.
import { useEffect, useMemo, useState } from 'react';
import { validateText } from '../../../runtime/lint/validateText';
import { journeySchema, type Journey } from '../../../runtime/model/journey';
import { services } from '../../app/workbenchServices';
import { relativeTime } from '../../history/HistoryView';
import { listVersions } from '../../storage/fileRepository';
import type { VersionRecord } from '../../storage/journeyDb';
import { sortedDocs, useWorkspace } from '../../state/workspaceStore';
import { simulatableJourney } from '../simulatableJourney';
import type { SourceRef } from './compareStore';

export interface SourceOption {
  ref: SourceRef;
  label: string;
  group: 'This file' | 'Saved versions' | 'Other journeys';
}

export const CURRENT: SourceRef = 'current';
export const versionRef = (id: number): SourceRef => `version:${id}`;
export const fileRef = (docId: string): SourceRef => `file:${docId}`;

const versionLabel = (v: VersionRecord, now: number) => `v${v.rev} · ${v.label} · ${relativeTime(v.savedAt, now)}`;

/** The saved version a change is best judged against: the newest one unlike the text now. */
export function previousVersion(versions: readonly VersionRecord[], currentText: string): VersionRecord | undefined {
  return versions.find((v) => v.text !== currentText);
}

/** React: the choices for a file (its versions load from storage) and the previous version. */
export function useSourceOptions(fileId: string): { options: SourceOption[]; previous: VersionRecord | undefined; loaded: boolean } {
  const docs = useWorkspace((s) => s.docs);
  const doc = docs[fileId];
  const [versions, setVersions] = useState<VersionRecord[] | null>(null);
  const rev = doc?.rev;
  useEffect(() => {
    let live = true;
    void listVersions(services().db, fileId).then((v) => live && setVersions(v));
    return () => {
      live = false;
    };
  }, [fileId, rev]);
  return useMemo(() => {
    const now = Date.now();
    const options: SourceOption[] = [{ ref: CURRENT, label: `${doc?.path ?? 'this file'} (now)`, group: 'This file' }];
    for (const v of versions ?? []) options.push({ ref: versionRef(v.id!), label: versionLabel(v, now), group: 'Saved versions' });
    for (const d of sortedDocs(docs)) if (d.kind === 'journey' && d.id !== fileId) options.push({ ref: fileRef(d.id), label: d.path, group: 'Other journeys' });
    return { options, previous: versions && doc ? previousVersion(versions, doc.text) : undefined, loaded: versions !== null };
  }, [docs, doc, fileId, versions]);
}

/** The journey a choice stands for, with a short label for the table; or why it cannot be simulated. */
export async function resolveSource(fileId: string, ref: SourceRef): Promise<{ journey: Journey; label: string } | string> {
  if (ref === CURRENT || ref.startsWith('file:')) {
    const id = ref === CURRENT ? fileId : ref.slice('file:'.length);
    const target = simulatableJourney(id, 'compare');
    return typeof target === 'string' ? target : { journey: target.journey, label: ref === CURRENT ? `${target.doc.path} (now)` : target.doc.path };
  }
  if (ref.startsWith('version:')) {
    const version = await services().db.history.get(Number(ref.slice('version:'.length)));
    if (!version) return 'Cannot compare: that version is no longer in the History';
    const v = validateText(version.text, { expect: 'journey' });
    const error = v.diagnostics.find((d) => d.severity === 'error');
    const parsed = journeySchema.safeParse(v.journey);
    if (error || !parsed.success) return `Cannot compare: version ${version.rev} has errors${error ? ` (${error.code} ${error.message})` : ''}`;
    return { journey: parsed.data as Journey, label: `v${version.rev} (${version.label})` };
  }
  return `Cannot compare: unknown choice ${ref}`;
}
