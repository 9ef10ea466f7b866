import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import { PageLayout } from '../ui';

export interface OverviewScreenProps {
  procedure: Procedure;
  language: Language;
  /** False when the kiosk has no intake key yet: the resident can read but not file. */
  canFile: boolean;
  onBack(): void;
  onStart(): void;
}

/** What the resident will need, how long it takes, the fee, whether they must come in person. */
export function OverviewScreen({ procedure: p, language: l, canFile, onBack, onStart }: OverviewScreenProps) {
  const { t } = useTranslation();
  return (
    <PageLayout
      onBack={onBack}
      backLabel={t('journey.overview.back')}
      onContinue={canFile ? onStart : undefined}
      continueLabel={t('journey.overview.start')}
    >
      <h1>{p.title[l]}</h1>
      <p className="journey__lead">{p.description[l]}</p>
      {!canFile && (
        <div className="journey__notice journey__notice--warning" role="note">
          {t('journey.overview.notReady')}
        </div>
      )}
      <dl className="journey__facts">
        <div>
          <dt>{t('journey.overview.time')}</dt>
          <dd>{t('journey.overview.minutes', { count: p.estimatedMinutes })}</dd>
        </div>
        <div>
          <dt>{t('journey.overview.processing')}</dt>
          <dd>{p.processingTime.text[l]}</dd>
        </div>
        <div>
          <dt>{t('journey.overview.fee')}</dt>
          <dd>{p.fee.text[l]}</dd>
        </div>
        <div>
          <dt>{t('journey.overview.inPerson')}</dt>
          <dd>{p.inPerson.required ? `${t('journey.overview.inPersonYes')} ${p.inPerson.why?.[l] ?? ''}` : t('journey.overview.inPersonNo')}</dd>
        </div>
        <div>
          <dt>{t('journey.overview.who')}</dt>
          <dd>{p.whoMayFile.text[l]}</dd>
        </div>
      </dl>
      {p.notices?.map((notice) => (
        <div key={notice.vi} className="journey__notice" role="note">
          {notice[l]}
        </div>
      ))}
      {p.attach.length > 0 && (
        <section aria-labelledby="overview-attach">
          <h2 id="overview-attach">{t('journey.overview.attach')}</h2>
          <ul className="journey__list">
            {p.attach.map((slot) => (
              <li key={slot.id}>
                {slot.label[l]}
                {!slot.required && <> {t('ui.field.optional')}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.bring.length > 0 && (
        <section aria-labelledby="overview-bring">
          <h2 id="overview-bring">{t('journey.overview.bring')}</h2>
          <ul className="journey__list">
            {p.bring.map((item) => (
              <li key={item.id}>{item.label[l]}</li>
            ))}
          </ul>
        </section>
      )}
      {p.noLongerRequired.length > 0 && (
        <section aria-labelledby="overview-not-needed">
          <h2 id="overview-not-needed">{t('journey.overview.notNeeded')}</h2>
          <ul className="journey__list">
            {p.noLongerRequired.map((item) => (
              <li key={item.id}>
                <strong>{item.label[l]}</strong> — {item.reason[l]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="journey__code">{t('journey.overview.code', { code: p.code })}</p>
    </PageLayout>
  );
}
