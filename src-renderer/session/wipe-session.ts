import { releaseDocumentResources } from '../documents/session-cleanup';
import { resetDisplaySettings } from '../a11y';
import { forgetSubmission } from '../journey/file-application';
import { useLookupStore } from '../lookup/lookup-store';
import { useJourneyStore } from '../state/journey-store';
import { useScreenStore } from '../state/screen-store';
import { useSessionStore, type SessionNotice } from '../state/session-store';

export type WipeReason = SessionNotice;

/**
 * End the resident's session: forget the application in progress (answers, documents and their previews —
 * resetting the journey also unmounts the camera, which stops its stream), revoke every object URL, put
 * the language back to the kiosk's default and leave a notice for the start screen. Only memory is
 * touched: the outbox in IndexedDB (applications already submitted) is never part of a wipe.
 */
export function wipeSession(reason: WipeReason): void {
  forgetSubmission(useJourneyStore.getState().sessionToken);
  useJourneyStore.getState().reset();
  // The status lookup's reference and the screen it was on (lookup, admin) go too.
  useLookupStore.getState().reset();
  useScreenStore.getState().reset();
  // Stops every camera stream, revokes every preview URL, ends the compression worker.
  releaseDocumentResources();
  resetDisplaySettings();
  useSessionStore.getState().wipe(reason);
  focusStart();
  // A closing dialog hands focus back to whatever opened it; take it to the top of the start screen
  // once React has finished unmounting.
  setTimeout(focusStart, 0);
}

/** Focus the top of the start screen (`#main`), or nothing in particular when it is not there. */
export function focusStart(): void {
  const main = document.getElementById('main');
  if (main) {
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
    return;
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}
