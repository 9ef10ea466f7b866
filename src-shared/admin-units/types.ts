/** Post-2025 administrative units (two levels: province, commune/ward), as shipped in assets/admin-units. */

export interface Province {
  /** 2 digits, e.g. "01" for Hà Nội. */
  code: string;
  /** Full name, NFC, e.g. "Thành phố Hà Nội". */
  name: string;
}

export interface Ward {
  /** 5 digits, e.g. "00103" for phường Tây Hồ. */
  code: string;
  /** Full name, NFC, e.g. "Phường Tây Hồ". */
  name: string;
  /** Code of the province it belongs to. */
  province: string;
}

/** The compact data file written by scripts/build-admin-units.mjs. */
export interface AdminUnitData {
  source: string;
  version: string;
  provinces: Province[];
  wards: Ward[];
}
