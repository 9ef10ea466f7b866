/** Province and ward names for check-your-answers (answerSummary shows the code when a name is missing). */
import type { OptionLabels } from '../../src-shared/forms';
import { adminUnits } from './admin-units';

export const adminUnitLabels: OptionLabels = {
  province: (code) => adminUnits.province(code)?.name,
  ward: (code, provinceCode) => adminUnits.ward(code, provinceCode)?.name,
};
