import { useT } from '../../browser/i18n.tsx';

/** How many of a person's dots are left in the round: drawn as dots, and said. */
export function DotsLeft({ left, budget }: { left: number; budget: number }) {
  const t = useT();
  return (
    <>
      <span className="voting-strip__meter" aria-hidden="true">
        {Array.from({ length: Math.min(budget, 10) }, (_, i) => (
          <span key={i} className={`voting-strip__pip ${i < left ? 'is-left' : ''}`} />
        ))}
      </span>
      <span data-testid="dots-left">{t('voting.bar.left', { left, budget })}</span>
    </>
  );
}
