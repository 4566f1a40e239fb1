/** The five emotion levels a card can carry, with the signs the canvas draws for them. */
export const EMOTION_CHOICES = [
  { value: -2, label: 'Very negative', sign: '−−' },
  { value: -1, label: 'Negative', sign: '−' },
  { value: 0, label: 'Neutral', sign: '○' },
  { value: 1, label: 'Positive', sign: '+' },
  { value: 2, label: 'Very positive', sign: '++' },
] as const;
