import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStorageStatus, type NavigatorLike, type PersistenceStatus } from '../storage';

/** Usage above this share of the quota is "running out" (design.md contract item 10). */
export const LOW_STORAGE_SHARE = 0.8;

/** Bytes in the resident's number format: "12,3 MB" / "12.3 MB". */
export function formatStorageBytes(bytes: number, language: 'vi' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/**
 * Diagnostics for ward IT: whether the browser keeps the kiosk's storage when space runs short (the outbox
 * depends on it), and how much of the quota is used — with a warning before it runs out.
 */
export function StorageSection({ navigatorLike = globalThis.navigator as NavigatorLike | undefined }: { navigatorLike?: NavigatorLike }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const [status, setStatus] = useState<PersistenceStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageStatus(navigatorLike).then((read) => live && setStatus(read));
    return () => {
      live = false;
    };
  }, [navigatorLike]);

  const known = status?.quota !== undefined && status.usage !== undefined;
  const low = known && status.quota! > 0 && status.usage! / status.quota! > LOW_STORAGE_SHARE;
  return (
    <section className="admin__section" aria-labelledby="admin-storage">
      <h2 id="admin-storage">{t('admin.storage.heading')}</h2>
      {status === null ? (
        <p role="status">{t('admin.storage.loading')}</p>
      ) : (
        <>
          <dl className="admin__facts">
            <div>
              <dt>{t('admin.storage.persisted')}</dt>
              <dd className={status.persisted ? undefined : 'admin__warn'}>{t(status.persisted ? 'admin.storage.persistedYes' : 'admin.storage.persistedNo')}</dd>
            </div>
            <div>
              <dt>{t('admin.storage.usage')}</dt>
              <dd>
                {known
                  ? t('admin.storage.usageValue', { used: formatStorageBytes(status.usage!, language), quota: formatStorageBytes(status.quota!, language) })
                  : t('admin.storage.unknown')}
              </dd>
            </div>
          </dl>
          {!status.persisted && <p className="admin__problem">{t('admin.storage.notPersisted')}</p>}
          {low && <p className="admin__problem">{t('admin.storage.low')}</p>}
        </>
      )}
    </section>
  );
}
