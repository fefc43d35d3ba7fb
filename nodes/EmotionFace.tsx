import { memo } from 'react';

export interface EmotionFaceProps {
  /** −2…+2, or a CEL expression (drawn hollow: its value is only known per customer). */
  value: number | string;
  size?: number;
}

/** The CSS colour of an emotion (−2…+2). */
export function emotionColor(value: number): string {
  const v = Math.max(-2, Math.min(2, Math.round(value)));
  return `var(--jn-emotion-${v < 0 ? 'n' : 'p'}${Math.abs(v)})`;
}

export const EMOTION_NAMES: Record<string, string> = { '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive' };

/** A small face whose mouth and colour follow the emotion. */
export const EmotionFace = memo(function EmotionFace({ value, size = 16 }: EmotionFaceProps) {
  if (typeof value === 'string') {
    return (
      <svg className="jn-face jn-face-expr" width={size} height={size} viewBox="0 0 16 16" role="img" aria-label={`emotion: ${value}`}>
        <title>{`emotion = ${value}`}</title>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <text x="8" y="11.2" textAnchor="middle" fontSize="8.5" fill="currentColor" fontStyle="italic">
          ƒ
        </text>
      </svg>
    );
  }
  const v = Math.max(-2, Math.min(2, value));
  const bend = v * 1.6;
  const name = EMOTION_NAMES[String(Math.round(v))] ?? '';
  return (
    <svg className="jn-face" width={size} height={size} viewBox="0 0 16 16" role="img" aria-label={`emotion ${v} (${name})`} style={{ color: emotionColor(v) }}>
      <title>{`emotion ${v > 0 ? '+' : ''}${v} (${name})`}</title>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <circle cx="5.6" cy="6.4" r="1" fill="var(--jn-emotion-ink, #1e1e1e)" />
      <circle cx="10.4" cy="6.4" r="1" fill="var(--jn-emotion-ink, #1e1e1e)" />
      <path d={`M4.8 ${10.4 - bend / 2} Q8 ${10.4 + bend} 11.2 ${10.4 - bend / 2}`} fill="none" stroke="var(--jn-emotion-ink, #1e1e1e)" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
});
