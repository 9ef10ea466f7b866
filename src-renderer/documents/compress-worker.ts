/// <reference lib="webworker" />
import { compressOnCanvas, type CompressOptions } from './compress-core';

/** Module worker: compresses one photo per message, answers with the JPEG bytes (transferred, not copied). */
export interface CompressRequest {
  id: number;
  input: Blob;
  options: CompressOptions;
}

export type CompressResponse =
  | { id: number; ok: true; bytes: Uint8Array<ArrayBuffer>; width: number; height: number }
  | { id: number; ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<CompressRequest>) => {
  const { id, input, options } = event.data;
  try {
    const result = await compressOnCanvas(input, options);
    const answer: CompressResponse = { id, ok: true, bytes: result.bytes, width: result.width, height: result.height };
    scope.postMessage(answer, [result.bytes.buffer]);
  } catch (error) {
    const answer: CompressResponse = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    scope.postMessage(answer);
  }
};
