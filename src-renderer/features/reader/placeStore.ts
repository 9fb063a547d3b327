import { useState, useSyncExternalStore, type ReactNode } from 'react';
import type { PageSlot } from './pageSlots';

/** The page at the top of the main viewer: its slot and its index in the reading order. */
export interface ReadingPlace {
  slot: PageSlot;
  index: number;
}

/**
 * Where the reader is, kept outside React state: a page turn then re-renders only the few things that show the
 * place (page numbers, the catalogue's current document, the current thumbnail), not the whole workspace with its
 * side panels, so stepping through a long volume makes little garbage.
 */
export interface PlaceStore {
  get(): ReadingPlace | null;
  set(place: ReadingPlace): void;
  subscribe(listener: () => void): () => void;
}

function createPlaceStore(): PlaceStore {
  let place: ReadingPlace | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => place,
    set(next) {
      place = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One store for the component's lifetime. */
export const usePlaceStore = (): PlaceStore => useState(createPlaceStore)[0];

/** A value of the place; the caller re-renders only when that value changes (compare primitives). */
export const usePlaceValue = <T,>(store: PlaceStore, select: (place: ReadingPlace | null) => T): T =>
  useSyncExternalStore(store.subscribe, () => select(store.get()));

/** Renders `children` with a value of the place, following it alone. */
export function AtPlace<T>({ store, select, children }: { store: PlaceStore; select: (place: ReadingPlace | null) => T; children: (value: T) => ReactNode }) {
  return children(usePlaceValue(store, select));
}
