/** Shared set-up for the session tests: a tiny kiosk (start screen ↔ filing) with the guard mounted. */
import { useJourneyStore } from '../../../src-renderer/state/journey-store';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import { SessionGuard, SessionNotice } from '../../../src-renderer/session';
import type { CapturedPage } from '../../../src-renderer/documents/types';

export const TIMING = { idleWarningSeconds: 150, idleCountdownSeconds: 60 };

export function MiniKiosk({ timing = TIMING }: { timing?: typeof TIMING }) {
  const procedureId = useJourneyStore((s) => s.procedureId);
  return (
    <>
      <SessionGuard config={timing} />
      {procedureId ? (
        <main id="main">
          <h1>Đăng ký khai sinh</h1>
          <label>
            Họ và tên
            <input defaultValue="" />
          </label>
        </main>
      ) : (
        <main id="main">
          <SessionNotice />
          <h1>Nộp hồ sơ cho phường</h1>
        </main>
      )}
    </>
  );
}

/** Put the stores back to a fresh kiosk before each test. */
export function resetStores(): void {
  useJourneyStore.getState().reset();
  useSessionStore.setState({ language: 'vi', defaultLanguage: 'vi', notice: undefined });
}

/** A resident part-way through: a procedure, an answer, a photographed page, English chosen. */
export function residentMidway(previewUrl: string): void {
  useSessionStore.getState().setLanguage('en');
  const journey = useJourneyStore.getState();
  journey.start('birth-registration');
  journey.setAnswer('applicant.fullName', 'Nguyễn Thị Hoà');
  const page: CapturedPage = {
    id: 'birth-certificate-1',
    bytes: new Uint8Array([0xff, 0xd8, 0xff]),
    mimeType: 'image/jpeg',
    previewUrl,
    source: 'camera',
  };
  journey.setDocuments('birth-certificate', [page]);
}
