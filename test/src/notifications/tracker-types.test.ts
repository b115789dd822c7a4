// waitFor is typed by what it is given: an action's result types the operation it resolves with. The assertions
// on types are checked by tsc (npm run typecheck, in CI); the run checks the same value arrives.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { CommsOperation, PlayPromptOperation, RecordOperation } from '../../../generated/index.js';
import type { ActionResult } from '../../../src/contract.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exactly = <T>(_value: T, _check: true) => {};

it('waitFor(playPrompt result) resolves with a PlayPromptOperation; waitFor(id) with any operation', async () => {
  const tracker = new OperationTracker();
  const played: ActionResult<PlayPromptOperation> = { status: 202, route: 'app', callId: 'c', operationId: 'o1', clientRequestId: 'r' };
  const recorded: ActionResult<RecordOperation> = { status: 202, route: 'app', callId: 'c', operationId: 'o2', clientRequestId: 'r' };
  const playing = tracker.waitFor(played);
  const recording = tracker.waitFor(recorded);
  const byId = tracker.waitFor('o1');
  exactly(playing, true as Equal<typeof playing, Promise<PlayPromptOperation>>);
  exactly(recording, true as Equal<typeof recording, Promise<RecordOperation>>);
  exactly(byId, true as Equal<typeof byId, Promise<CommsOperation>>);
  const note = (id: string, type: string, extra: Record<string, unknown>) => ({
    changeType: 'deleted',
    resourceUrl: `/communications/calls/c/operations/${id}`,
    resourceData: { '@odata.type': type, status: 'completed', ...extra },
  });
  tracker.dispatch({ value: [note('o1', '#microsoft.graph.playPromptOperation', { completionReason: 'completedSuccessfully' })] } as never);
  tracker.dispatch({ value: [note('o2', '#microsoft.graph.recordOperation', { recordingLocation: 'https://x/rec.wav' })] } as never);
  assert.equal((await playing).completionReason, 'completedSuccessfully');
  assert.equal((await recording).recordingLocation, 'https://x/rec.wav');
  assert.equal((await byId).status, 'completed');
});
