/** Device tracking, as the front uses it (see device-ops.ts, device-account-ops.ts, device-store.ts). */
export { namedDevice, refreshWithDevice, respondDeviceChallenge, trackDevice } from "./device-ops";
export { deviceOperations } from "./device-account-ops";
export { createDeviceStore } from "./device-store";
