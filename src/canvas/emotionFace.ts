/**
 * The emotion lane's faces and bands, as numbers and paths that the live canvas (SVG), the
 * picture (canvas 2D) and the stylesheet share. A face sits on the curve at each scored stage:
 * a circle with two eyes and a mouth that smiles or frowns with the score, in green above
 * neutral and red below; behind the curve a calm green band above the neutral line and a red
 * one below it say at a glance which side of neutral a stage is on.
 */
export const FACE = { radius: 15, stroke: 2, eyeX: 5, eyeY: -3.5, eye: 1.9 } as const;

export type Tone = 'positive' | 'neutral' | 'negative';

export function toneOf(score: number): Tone {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

/** A face's fill and line by tone, as tokens. */
export const TONES: Readonly<Record<Tone, { fill: string; line: string }>> = {
  positive: { fill: '--success-soft', line: '--success' },
  neutral: { fill: '--surface', line: '--ink-muted' },
  negative: { fill: '--danger-soft', line: '--danger' },
};

/** The bands behind the curve: a tone's soft colour, this much of it over the lane's white. */
export const BAND_OPACITY = 0.7;

/** The mouth of a face for a score (-2..+2), an SVG path around the face's centre: wider and more bent the stronger the score. */
export function mouthPath(score: number): string {
  const half = 5.2 + Math.abs(score) * 0.6;
  const y = score < 0 ? 6.2 : 4;
  const control = y + score * 3.6;
  return `M ${-half} ${y} Q 0 ${control} ${half} ${y}`;
}

/** The bands' colours as CSS variables, set on the canvas's root with the other measures. */
export const EMOTION_VARIABLES: Readonly<Record<`--${string}`, string>> = {
  '--emotion-band-positive': `color-mix(in srgb, var(${TONES.positive.fill}) ${BAND_OPACITY * 100}%, transparent)`,
  '--emotion-band-negative': `color-mix(in srgb, var(${TONES.negative.fill}) ${BAND_OPACITY * 100}%, transparent)`,
};
