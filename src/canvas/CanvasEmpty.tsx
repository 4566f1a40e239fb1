import { addLane, addStage, may, type EditContext } from '../doc/index.ts';

/**
 * What a board without cells says: where to start. Once it has a stage or a lane, the hint
 * moves to the canvas's lower edge, so it does not cover what was just added.
 */
export function CanvasEmpty({ ctx, hasStages, hasLanes }: { ctx: EditContext; hasStages: boolean; hasLanes: boolean }) {
  if (!may(ctx, 'edit')) {
    return (
      <section className="canvas-empty canvas-empty--docked" aria-label="Empty map">
        <p>{hasStages || hasLanes ? 'This map has no cells yet: those who can edit it add stages and lanes.' : 'This map is empty so far: those who can edit it add its stages and lanes.'}</p>
      </section>
    );
  }
  const addStageButton = (
    <button className="button button--primary button--large" onClick={() => addStage(ctx, { title: 'Awareness' })}>
      + Add stage
    </button>
  );
  const addLaneButton = (
    <button className={`button button--large${hasStages ? ' button--primary' : ''}`} onClick={() => addLane(ctx, { kind: 'touchpoints' })}>
      + Add lane
    </button>
  );
  if (hasStages || hasLanes) {
    return (
      <section className="canvas-empty canvas-empty--docked" aria-label="Next step">
        <p>{hasStages ? 'Add a lane next: where a stage meets a lane is a cell, and cards go in the cells.' : 'Add a stage next: where a stage meets a lane is a cell, and cards go in the cells.'}</p>
        {hasStages ? addLaneButton : addStageButton}
      </section>
    );
  }
  return (
    <section className="canvas-empty">
      <h2>Start your journey map</h2>
      <p>Drag stages and lanes from the palette, or add the first ones here. Cards go in the cells.</p>
      <div className="canvas-empty__actions">
        {addStageButton}
        {addLaneButton}
      </div>
    </section>
  );
}
