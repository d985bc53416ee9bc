/**
 * Base64 encoding of bytes (the std encoder lives on JSR, which is unreachable here).
 *
 * @module
 */

/**
 * Encodes bytes as standard base64 with padding.
 *
 * @param bytes the data
 * @returns base64 text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeBase64 } from "./base64.ts";
 * assert.ok(encodeBase64(new TextEncoder().encode("Man")) === "TWFu");
 * ```
 */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
