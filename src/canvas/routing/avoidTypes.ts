/** The part of libavoid-js (WASM libavoid) that the router uses; the package ships no usable types. */
export interface AvoidPoint {
  x: number;
  y: number;
}

export interface AvoidPolyLine {
  size(): number;
  get_ps(index: number): AvoidPoint;
}

export interface AvoidConnRef {
  displayRoute(): AvoidPolyLine;
}

export interface AvoidPin {
  setExclusive(exclusive: boolean): void;
}

export interface AvoidRouter {
  processTransaction(): void;
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
}

/** The loaded library (`AvoidLib.getInstance()`). */
export interface Avoid {
  OrthogonalRouting: number;
  ConnDirLeft: number;
  ConnDirRight: number;
  ConnDirDown: number;
  shapeBufferDistance: number;
  idealNudgingDistance: number;
  segmentPenalty: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  nudgeSharedPathsWithCommonEndPoint: number;
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidPoint;
  Rectangle: new (topLeft: AvoidPoint, bottomRight: AvoidPoint) => object;
  ShapeRef: new (router: AvoidRouter, polygon: object) => object;
  ShapeConnectionPin: new (shape: object, classId: number, xOffset: number, yOffset: number, proportional: boolean, insideOffset: number, dirs: number) => AvoidPin;
  ConnEnd: { new (shape: object, classId: number): object; new (point: AvoidPoint): object };
  ConnRef: new (router: AvoidRouter, src: object, dst: object) => AvoidConnRef;
  destroy(obj: object): void;
}
