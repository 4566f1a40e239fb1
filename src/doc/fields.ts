import * as Y from 'yjs';
import { isColorName, type ColorName } from '../model/index.ts';

/*
 * Lenient readers: a document is written by many clients, some of them possibly broken or
 * hostile, so reading never throws; a value of the wrong type reads as the field's default.
 */

export function readString(map: Y.Map<unknown>, key: string, fallback = ''): string {
  const value = map.get(key);
  if (typeof value === 'string') return value;
  if (value instanceof Y.Text) return value.toString();
  return fallback;
}

export function readNumber(map: Y.Map<unknown>, key: string, fallback: number): number {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function readNullableNumber(map: Y.Map<unknown>, key: string): number | null {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function readBoolean(map: Y.Map<unknown>, key: string, fallback = false): boolean {
  const value = map.get(key);
  return typeof value === 'boolean' ? value : fallback;
}

export function readColor(map: Y.Map<unknown>, key: string, fallback: ColorName): ColorName {
  const value = map.get(key);
  return isColorName(value) ? value : fallback;
}

export function readStringList(map: Y.Map<unknown>, key: string): string[] {
  const value = map.get(key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function readEmotion(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= -2 && value <= 2 ? value : null;
}
