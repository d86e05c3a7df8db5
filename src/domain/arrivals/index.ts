/**
 * Arrival where no camera decides: drivers' own check-in and check-out at SELF_CHECK_IN lots,
 * and staff resolving what a camera could not (admitting a car under REVIEW, closing a stay
 * whose exit was missed), each with a reason in the audit log.
 */
export { checkIn, checkOut, type SelfCheckInput, type SelfCheckResult } from './self-check-in.js';
export { admitVehicle, closeSession, type AdmitVehicleInput, type CloseSessionInput, type StaffActionResult } from './staff-actions.js';
