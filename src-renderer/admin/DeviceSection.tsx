import { useTranslation } from 'react-i18next';
import type { DeviceSummary } from '../device/device-record';
import { formatSubmittedAt } from '../journey/receipt-job';

export interface DeviceSectionProps {
  device: DeviceSummary | null;
  loaded: boolean;
  /** The server said this kiosk is revoked (the sync engine may know before the stored identity does). */
  revoked: boolean;
}

/** Which server and location this kiosk is enrolled to, and its id — or that it is not (any more). */
export function DeviceSection({ device, loaded, revoked }: DeviceSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const status = !device ? t('admin.device.notEnrolled') : revoked ? t('admin.device.revoked') : t('admin.device.enrolled');
  return (
    <section className="admin__section" aria-labelledby="admin-device">
      <h2 id="admin-device">{t('admin.device.heading')}</h2>
      {!loaded ? (
        <p role="status">{t('admin.device.loading')}</p>
      ) : (
        <>
          <dl className="admin__facts">
            <div>
              <dt>{t('admin.device.status')}</dt>
              <dd className={!device || revoked ? 'admin__warn' : undefined}>{status}</dd>
            </div>
            {device && (
              <>
                <div>
                  <dt>{t('admin.device.server')}</dt>
                  <dd className="admin__mono">{device.serverUrl}</dd>
                </div>
                <div>
                  <dt>{t('admin.device.location')}</dt>
                  <dd>
                    {device.location}, {device.wardName}
                  </dd>
                </div>
                <div>
                  <dt>{t('admin.device.kioskId')}</dt>
                  <dd className="admin__mono">{device.kioskId}</dd>
                </div>
                <div>
                  <dt>{t('admin.device.enrolledAt')}</dt>
                  <dd>{formatSubmittedAt(device.enrolledAt, language)}</dd>
                </div>
              </>
            )}
          </dl>
          {!device && <p>{t('admin.device.notEnrolledText')}</p>}
          {device && revoked && <p>{t('sync.problem.revoked')}</p>}
        </>
      )}
    </section>
  );
}
