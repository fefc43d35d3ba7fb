/** Every journey node is drawn at this size (the view's CSS matches it): layout stays pure. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 84;

/** Height of the stage header band above the lanes, width of the lane label gutter on the left. */
export const STAGE_HEADER_HEIGHT = 44;
export const LANE_LABEL_WIDTH = 148;

/** Connection handles are squares of this side, centred on the card's left and right edges (the stage's bottom edge). */
export const HANDLE_SIZE = 8;
