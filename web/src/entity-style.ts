// How each entity type looks, in the network and in badges. Colours keep ≥ 4.5:1 contrast
// against white text, so the same colour works as a badge background.
import type { EntityType } from '../../server/api/shapes.ts';

export interface TypeStyle {
  readonly colour: string;
  /** A Cytoscape node shape. */
  readonly shape: 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'star' | 'triangle' | 'rectangle';
}

export const typeStyles: Readonly<Record<EntityType, TypeStyle>> = {
  person: { colour: '#1f5fa8', shape: 'ellipse' },
  organisation: { colour: '#a3461a', shape: 'round-rectangle' },
  group: { colour: '#2e7d32', shape: 'hexagon' },
  project: { colour: '#6a3d9a', shape: 'diamond' },
  event: { colour: '#9b1c4a', shape: 'star' },
  place: { colour: '#5b6620', shape: 'triangle' },
  meeting: { colour: '#4a5560', shape: 'rectangle' },
};
