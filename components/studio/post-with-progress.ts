"use client";

export type UploadReply = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

const FAILED: UploadReply = { ok: false, message: "The upload failed. Please try again." };
const OFFLINE: UploadReply = { ok: false, message: "The upload failed: check your connection and try again." };

/**
 * POSTs a form with XMLHttpRequest (fetch has no upload progress) and resolves
 * with the route's JSON reply; a broken reply or a dropped connection becomes
 * a clear failure message instead of a throw.
 */
export function postWithProgress<T extends UploadReply>(url: string, body: FormData, onProgress: (percent: number) => void): Promise<T | UploadReply> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as T);
      } catch {
        resolve(FAILED);
      }
    };
    xhr.onerror = () => resolve(OFFLINE);
    onProgress(0);
    xhr.send(body);
  });
}
