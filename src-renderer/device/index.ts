/** Device identity: enrollment, stored identity, request tokens, the intake key to seal to. */
export { currentIntakeKey, loadDevice, markRevoked, summarize, updateDeviceInfo, type DeviceSummary } from './device-record';
export { createDeviceKeyPair, enrollKiosk, normalizeServerUrl, type EnrollFailure, type EnrollOptions, type EnrollResult } from './enroll';
export { bearer, signToken } from './token';
export { useDeviceStore, type DeviceState } from './device-store';
