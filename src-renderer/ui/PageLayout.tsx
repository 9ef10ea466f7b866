import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { DEFAULT_GUARD_MS } from './useTapGuard';
import './PageLayout.css';

export interface PageLayoutProps {
  /** Content of the top bar (kiosk name, language, help…). No header landmark when left out. */
  topBar?: ReactNode;
  /** Shown as "Bước 3 / 7" / "Step 3 of 7" above the question. */
  progress?: { current: number; total: number };
  /** The page content, including its one h1. */
  children: ReactNode;
  /** No Back button when left out (first page). */
  onBack?: () => void;
  backLabel?: ReactNode;
  onContinue?: () => void;
  /** e.g. "Gửi hồ sơ" on the check-answers page. */
  continueLabel?: ReactNode;
  continueBusy?: boolean;
  busyLabel?: ReactNode;
  /** Make Continue a submit button of this form (inside main), so Enter in a field submits too. */
  continueFormId?: string;
}

/** Frame of a question page: top bar, progress hint, main column, and a footer with Back (left) and Continue (right). */
export function PageLayout({
  topBar,
  progress,
  children,
  onBack,
  backLabel,
  onContinue,
  continueLabel,
  continueBusy = false,
  busyLabel,
  continueFormId,
}: PageLayoutProps) {
  const { t } = useTranslation();
  const hasContinue = onContinue !== undefined || continueFormId !== undefined;
  return (
    <div className="k-page">
      {topBar !== undefined && <header className="k-page__top-bar">{topBar}</header>}
      <main className="k-page__main" id="main-content" tabIndex={-1}>
        <div className="k-page__column">
          {progress && <p className="k-page__progress">{t('ui.page.progress', progress)}</p>}
          {children}
        </div>
      </main>
      {(onBack !== undefined || hasContinue) && (
        <footer className="k-page__footer">
          <div className="k-page__actions">
            {onBack !== undefined && (
              <Button variant="secondary" size="large" icon="←" guardMs={DEFAULT_GUARD_MS} className="k-page__back" onClick={onBack}>
                {backLabel ?? t('ui.page.back')}
              </Button>
            )}
            {hasContinue && (
              <Button
                variant="primary"
                size="large"
                className="k-page__continue"
                type={continueFormId !== undefined ? 'submit' : 'button'}
                form={continueFormId}
                busy={continueBusy}
                busyLabel={busyLabel}
                onClick={onContinue}
              >
                {continueLabel ?? t('ui.page.continue')}
              </Button>
            )}
          </div>
        </footer>
      )}
    </div>
  );
}
