/** The five emotion levels a card can carry, with the signs the canvas draws for them and their names in the catalogue. */
export const EMOTION_CHOICES = [
  { value: -2, label: 'canvas.emotion.veryNegative', sign: '−−' },
  { value: -1, label: 'canvas.emotion.negative', sign: '−' },
  { value: 0, label: 'canvas.emotion.neutral', sign: '○' },
  { value: 1, label: 'canvas.emotion.positive', sign: '+' },
  { value: 2, label: 'canvas.emotion.veryPositive', sign: '++' },
] as const;
