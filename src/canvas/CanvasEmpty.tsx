import { addLane, addStage, type EditContext } from '../doc/index.ts';

/** What an empty board says: where to start. */
export function CanvasEmpty({ ctx, hasStages, hasLanes }: { ctx: EditContext; hasStages: boolean; hasLanes: boolean }) {
  return (
    <section className="canvas-empty">
      <h2>Start your journey map</h2>
      <p>Drag stages and lanes from the palette, or add the first ones here. Cards go in the cells.</p>
      <div className="canvas-empty__actions">
        {!hasStages && (
          <button className="button button--primary button--large" onClick={() => addStage(ctx, { title: 'Awareness' })}>
            + Add stage
          </button>
        )}
        {!hasLanes && (
          <button className="button button--large" onClick={() => addLane(ctx, { kind: 'touchpoints' })}>
            + Add lane
          </button>
        )}
      </div>
    </section>
  );
}
