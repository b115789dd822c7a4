// The testing kit's public shapes: the options of startFakeGraph, what it records, and the FakeGraph it returns.
import type { IncomingHttpHeaders } from 'node:http';
import type { Tone } from '../../generated/index.js';
import type { AnswerMode } from './behaviours.js';
import { callbackUrisFailure, redeliveriesFailure } from './balancer.js';
import { type Choice, type Fault, choiceFailure } from './faults.js';
import type { NotificationClaims } from './keys.js';
import type { Delivery, NotificationStyle } from './notify.js';
import type { FinishMediaOptions, IncomingCallOptions } from './scenarios.js';
import type { FakeCall, FakeOperation, NewCall } from './state.js';

/** The application id the fake signs its notifications for (their `aud`), unless told another. */
export const FAKE_APP_ID = '3a1f6c2e-7b4d-4e8a-9c05-6d2b8e4f1a70';
export const FAKE_TENANT_ID = '9e7d5c3b-1a2f-4b6c-8d0e-2f4a6c8e0b1d';

export interface FakeGraphOptions {
  /** The version segment of `url`. Default "beta" (the SDK's default base URL). */
  version?: 'beta' | 'v1.0';
  /** The bot's application id: the `aud` of notification tokens. Default FAKE_APP_ID. */
  appId?: string;
  tenantId?: string;
  /** Which bearer tokens pass. Default: any. */
  acceptToken?: (token: string) => boolean;
  /** How an action that creates an operation answers. Default "200+location" (today's Graph; the 2018 beta: "202"). */
  answer?: AnswerMode;
  /** Default "current". */
  notifications?: NotificationStyle;
  /** Participants per listParticipants page. Default 100. */
  pageSize?: number;
  /** Serve a call the fake never saw as if it existed (true), or 404 it (false, the default). */
  adoptUnknownCalls?: boolean;
  /** The callbackUri of calls adopted, or created without one. */
  callbackUri?: string;
  /** The origin of the Locations it answers with. Default its own. */
  locationOrigin?: string;
  /** Replaces the kit's signing (a forged or missing token is a fault too); undefined sends no Authorization. */
  signNotification?: (claims: NotificationClaims) => string | undefined | Promise<string | undefined>;
  /** n is the request's index: when true, its notifications are delivered before it is answered. */
  notifyBeforeResponse?: (n: number) => boolean;
  /**
   * The actions that create an operation it picks (`{ every: 20 }`: the 20th, the 40th...; `{ rate, seed }`: that
   * share, from a seeded PRNG) have their operation completed at once, a prompt or a recording too, and its
   * notifications, the final one included, delivered and answered before the action is: the bot has the final
   * before the caller has the operation id to wait for. Only these: the other prompts still run until finishMedia.
   */
  finalsBeforeAnswer?: Choice;
  /**
   * The callback servers of a bot fleet behind one load balancer (loopback URLs). When given, each notification
   * POST goes to the next of them in turn, whatever the call's callbackUri (which then stands for the balancer's
   * address; a call without one is still not notified), and a POST that fails goes to the one after. Settable
   * later with setCallbackUris.
   */
  callbackUris?: readonly string[];
  /**
   * How often a POST that got no answer (refused, reset, no answer in 10 s) or was answered 5xx or 429 is sent
   * again, at once, as Graph redelivers: to the next of callbackUris, or to the call's callbackUri when there are
   * none. Default: as many times as there are callbackUris (each other server, then the first again); 0 without.
   */
  redeliveries?: number;
  /** Answers this share of the actions (POSTs) with `status`, from a seeded PRNG. */
  randomFailure?: { rate: number; status: 503 | 429 | 504; retryAfterSec?: number; seed?: number };
  /** Called once a request's body was read, before it is answered. */
  onRequest?: (request: RecordedRequest, n: number) => void;
}

/** `body` holds at most the first 64 KiB + 1 bytes, decoded as UTF-8. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The request descriptor (CommsClient method) its route belongs to, when it matched one. */
  name?: string;
}

export interface FakeGraph {
  /** The base URL to give CommsClient: `http://127.0.0.1:{port}/beta` (or `/v1.0`). */
  readonly url: string;
  readonly origin: string;
  readonly appId: string;
  readonly tenantId: string;
  /** Where its signing keys are published (for createNotificationVerifier's openIdConfigurationUri). */
  readonly openIdConfigurationUri: string;
  readonly jwksUri: string;
  /** Every Graph request, in arrival order (the last 10,000). */
  readonly requests: RecordedRequest[];
  /** Every call it holds, in creation order. */
  readonly calls: FakeCall[];
  /** Every POST to a callback, redeliveries included, with its answer (the last 10,000). */
  readonly notifications: Delivery[];
  /** POSTs answered 2xx; the rest are in notificationFailures. */
  readonly notificationsSent: number;
  readonly notificationFailures: unknown[];
  /** The call, by its id in any spelling Graph accepts. */
  call(callId: string): FakeCall | undefined;
  /** Adds a call, as if it had been created or answered before (state "established" unless told). */
  addCall(init?: NewCall): FakeCall;
  /** Each fault replaces the answer of one coming request, in order. */
  enqueue(...faults: Fault[]): void;
  /** POSTs a signed `created` notification of an incoming call to `callbackUri`; resolves once the bot took it. */
  simulateIncomingCall(options: IncomingCallOptions): Promise<{ callId: string }>;
  /** Notifies a call update with toneInfo, as when the caller presses a key (after subscribeToTone). */
  sendTone(callId: string, tone: Tone): Promise<void>;
  /** Completes the call's running playPrompt/recordResponse, waiting for one to start if none runs. */
  finishMedia(callId: string, options?: FinishMediaOptions): Promise<FakeOperation[]>;
  /** Resolves once every notification owed so far was answered (or failed, its redeliveries included). */
  idle(): Promise<void>;
  /** Balances the coming notification POSTs over these callback servers (see callbackUris); [] ends that. */
  setCallbackUris(uris: readonly string[]): void;
  /** Drops the records (requests, notifications) and every call. */
  forget(): void;
  close(): Promise<void>;
}

/** Why the options cannot be honoured, or undefined. */
export function optionFailure(options: FakeGraphOptions): string | undefined {
  const { version, answer, notifications, pageSize } = options;
  if (version !== undefined && version !== 'beta' && version !== 'v1.0') return 'version must be "beta" or "v1.0"';
  if (answer !== undefined && !['202', '200', '200+location'].includes(answer)) return 'answer must be "202", "200" or "200+location"';
  if (notifications !== undefined && notifications !== 'current' && notifications !== '2018') return 'notifications must be "current" or "2018"';
  if (pageSize !== undefined && !(Number.isSafeInteger(pageSize) && pageSize > 0)) return 'pageSize must be a positive integer';
  for (const name of ['acceptToken', 'signNotification', 'notifyBeforeResponse', 'onRequest'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') return `${name} must be a function`;
  }
  const balancing = (options.callbackUris !== undefined ? callbackUrisFailure(options.callbackUris) : undefined) ?? redeliveriesFailure(options.redeliveries);
  if (balancing) return balancing;
  const early = choiceFailure('finalsBeforeAnswer', options.finalsBeforeAnswer);
  if (early) return early;
  const failure = options.randomFailure;
  if (failure !== undefined && !(typeof failure?.rate === 'number' && failure.rate >= 0 && failure.rate <= 1 && [503, 429, 504].includes(failure.status))) {
    return 'randomFailure must be { rate: 0..1, status: 503 | 429 | 504 }';
  }
  return undefined;
}
