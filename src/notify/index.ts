/** Notification delivery: routing, channels (Slack, e-mail, signed webhooks), digests, the delivery worker. */
export * from './notify-settings.js';
export * from './notify-routing.js';
export * from './notify-i18n.js';
export * from './alert-view.js';
export * from './delivery-errors.js';
export * from './delivery-repository.js';
export * from './delivery-planner.js';
export * from './delivery-worker.js';
export * from './digest-types.js';
export * from './digest-windows.js';
export * from './digest-builder.js';
export * from './digest-scheduler.js';
export * from './slack-message.js';
export * from './email-message.js';
export * from './email-sender.js';
export * from './webhook-payload.js';
export * from './webhook-signature.js';
