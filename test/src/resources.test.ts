import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resourceOf } from '../../src/resources.js';

it('resourceOf reads what a notification resource names, under which call, in every form Graph writes it', () => {
  assert.deepEqual(resourceOf('/communications/calls/c%201'), { callId: 'c 1', kind: 'call' });
  assert.deepEqual(resourceOf('communications/calls/c/operations/o%2F1'), { callId: 'c', kind: 'operation', operationId: 'o/1' });
  assert.deepEqual(resourceOf('https://graph.microsoft.com/beta/app/calls/C/operations/O'), { callId: 'C', kind: 'operation', operationId: 'O' });
  assert.deepEqual(resourceOf('/applications/a/calls/c/participants'), { callId: 'c', kind: 'participants' });
  assert.deepEqual(resourceOf('/communications/calls/c/participants/p'), { callId: 'c', kind: 'participants' });
  assert.deepEqual(resourceOf('/communications/calls/c/contentsharingsessions'), { callId: 'c', kind: 'other' });
  assert.deepEqual(resourceOf('/communications/calls/c/operations/participants/x'), { callId: 'c', kind: 'other' });
  for (const none of ['/app/chats/c', '/communications/calls', '/communications/calls/%E0', 'x'.repeat(4097), 42, undefined]) {
    assert.equal(resourceOf(none), undefined, String(none).slice(0, 40));
  }
});
