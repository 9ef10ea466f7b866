import { useEffect, useState } from 'react';
import { hasCameraApi } from '../../documents/camera-streams';

/**
 * Whether this kiosk has a camera: the camera API (the documents' test), and, where the browser can list
 * devices, at least one video input. False until known, so the scan button never flashes up and away.
 */
export function useCameraPresent(): boolean {
  const [present, setPresent] = useState(false);
  useEffect(() => {
    if (!hasCameraApi()) return;
    const devices = navigator.mediaDevices;
    if (typeof devices.enumerateDevices !== 'function') {
      setPresent(true);
      return;
    }
    let current = true;
    devices.enumerateDevices().then(
      (list) => current && setPresent(list.some((device) => device.kind === 'videoinput')),
      // The list could not be read: offer the camera; opening it says plainly if there is none.
      () => current && setPresent(true),
    );
    return () => {
      current = false;
    };
  }, []);
  return present;
}
