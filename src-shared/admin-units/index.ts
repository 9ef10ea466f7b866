export type { AdminUnitData, Province, Ward } from './types';
export { createAdminUnitIndex, properName, type AdminUnitIndex } from './lookup';
