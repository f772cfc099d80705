/** One measured figure, reported beside its goal and, where there is one, a baseline from the same run. */
export interface Figure {
  metric: string;
  value: number;
  unit: string;
  goal?: string;
  baseline?: number;
  note?: string;
}

export interface Section {
  name: string;
  figures: Figure[];
}

export type Bench = () => Promise<Section>;
