import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../src-shared/catalog';
import { useServices } from '../app/services';
import type { DeviceSummary } from '../device/device-record';
import { useDeviceStore } from '../device/device-store';
import { useKioskStore } from '../state/kiosk-store';
import { useScreenStore } from '../state/screen-store';
import { useSyncStore } from '../sync/sync-store';
import { LiveRegion, PageLayout } from '../ui';
import { DeviceSection } from './DeviceSection';
import { EnrollmentForm } from './EnrollmentForm';
import { QueueSection } from './QueueSection';
import { StorageSection } from './StorageSection';
import './admin.css';

/**
 * "Quản trị kiosk", for ward IT and volunteers (reached by a long press on the kiosk name or Ctrl+Alt+A):
 * the device's enrollment — or the form to enroll it —, the queue in plain words and "Gửi ngay", and the
 * storage the outbox lives in.
 * Nothing personal is on it: references, procedures, times and reasons only.
 */
export function AdminScreen({ catalog }: { catalog: Catalog | undefined }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const device = useDeviceStore((s) => s.device);
  const loaded = useDeviceStore((s) => s.loaded);
  const revokedNow = useSyncStore((s) => s.problem === 'revoked');
  const configuredServerUrl = useKioskStore((s) => s.config?.serverUrl);
  const closeAdmin = useScreenStore((s) => s.closeAdmin);
  const [enrolled, setEnrolled] = useState<DeviceSummary | null>(null);
  const revoked = device !== null && (device.revoked || (revokedNow && enrolled === null));

  useEffect(() => {
    window.scrollTo?.(0, 0);
    document.getElementById('main-content')?.focus({ preventScroll: true });
  }, []);

  return (
    <PageLayout onBack={closeAdmin} backLabel={t('admin.back')}>
      <h1>{t('admin.heading')}</h1>
      <p>{t('admin.lead')}</p>
      <LiveRegion
        visible
        message={enrolled ? t('admin.enroll.success', { location: enrolled.location, ward: enrolled.wardName }) : ''}
      />
      <DeviceSection device={device} loaded={loaded} revoked={revoked} />
      {loaded && (device === null || revoked) && <EnrollmentForm configuredServerUrl={configuredServerUrl} onEnrolled={setEnrolled} />}
      <QueueSection db={db} catalog={catalog} />
      <StorageSection />
    </PageLayout>
  );
}
