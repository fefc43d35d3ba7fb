/**
 * The geometry of the named icons, one registry for the workbench (React, src/shell/icons.tsx) and
 * the map picture (an SVG string built in Node or a worker): no glyph, no font. Each icon is a list
 * of paths in a 24×24 box, stroked with the current colour (1.6 wide, round caps and joins); a path
 * marked `fill` is filled instead. Pure data: no React, no DOM.
 */
export interface IconPath {
  d: string;
  /** Filled with the current colour, not stroked. */
  fill?: boolean;
}

export const ICON_SHAPES = {
  // node kinds (named by their descriptors' `icon`)
  touchpoint: [{ d: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18z' }, { d: 'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 1 0 0-7z', fill: true }],
  decision: [{ d: 'M12 3l9 9-9 9-9-9z' }, { d: 'M12 8l4 4-4 4-4-4z', fill: true }],
  hourglass: [{ d: 'M6.5 3h11M6.5 21h11' }, { d: 'M7.5 3c0 5 4.5 6 4.5 9s-4.5 4-4.5 9M16.5 3c0 5-4.5 6-4.5 9s4.5 4 4.5 9' }, { d: 'M9 19.5c.5-2 3-2.6 3-3.5 0 .9 2.5 1.5 3 3.5z', fill: true }],
  gear: [
    { d: 'M12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6z' },
    { d: 'M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1' },
    { d: 'M12 5.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13z' },
  ],
  gift: [{ d: 'M4 9h16v4H4zM5.5 13h13v8h-13zM12 9v12' }, { d: 'M12 9C10 9 7.5 8 7.5 6s2.5-2.5 4.5 3c2-5.5 4.5-5 4.5-3s-2.5 3-4.5 3z' }],
  survey: [{ d: 'M8 4.5H6.5a1.5 1.5 0 0 0-1.5 1.5v13.5A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V6a1.5 1.5 0 0 0-1.5-1.5H16' }, { d: 'M9 3h6v3H9z' }, { d: 'M8.5 11l1.5 1.5 2.5-2.5M8.5 16.5l1.5 1.5 2.5-2.5M14.5 11.5h1.5M14.5 17h1.5' }],
  handoff: [{ d: 'M4 8h14M14.5 4.5L18 8l-3.5 3.5' }, { d: 'M20 16H6M9.5 12.5L6 16l3.5 3.5' }],
  split: [{ d: 'M3.5 12h5M8.5 12c3 0 4-6.5 8-6.5h3.5M8.5 12c3 0 4 6.5 8 6.5h3.5' }, { d: 'M17.5 3l2.5 2.5-2.5 2.5M17.5 16l2.5 2.5-2.5 2.5' }],
  finish: [{ d: 'M5.5 21V3.5' }, { d: 'M5.5 4h12.5l-2.5 4 2.5 4H5.5z', fill: true }],
  // what a node says about itself
  flag: [{ d: 'M5.5 21V3.5' }, { d: 'M5.5 4h12.5l-2.5 4 2.5 4H5.5z' }],
  start: [{ d: 'M7 4.5v15l12-7.5z', fill: true }],
  // channels
  web: [{ d: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18z' }, { d: 'M3 12h18M12 3c-3 3-3 15 0 18M12 3c3 3 3 15 0 18' }],
  app: [{ d: 'M8 2.5h8a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5H8A1.5 1.5 0 0 1 6.5 20V4A1.5 1.5 0 0 1 8 2.5z' }, { d: 'M11 18.5h2' }],
  email: [{ d: 'M4.5 5.5h15A1.5 1.5 0 0 1 21 7v10a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17V7a1.5 1.5 0 0 1 1.5-1.5z' }, { d: 'M3.5 6.5l8.5 7 8.5-7' }],
  sms: [{ d: 'M5 4.5h14A1.5 1.5 0 0 1 20.5 6v9a1.5 1.5 0 0 1-1.5 1.5h-8L6.5 20v-3.5H5A1.5 1.5 0 0 1 3.5 15V6A1.5 1.5 0 0 1 5 4.5z' }, { d: 'M8 10.5h.1M12 10.5h.1M16 10.5h.1' }],
  phone: [{ d: 'M5 3.5h3.5l1.8 4.5-2.3 1.5a11 11 0 0 0 6.5 6.5l1.5-2.3 4.5 1.8V19a1.5 1.5 0 0 1-1.5 1.5A16.5 16.5 0 0 1 3.5 5 1.5 1.5 0 0 1 5 3.5z' }],
  chat: [{ d: 'M12 4c5 0 8.5 3 8.5 7s-3.5 7-8.5 7c-1 0-2-.1-2.9-.4L4.5 20l1.2-3.7C4.3 15 3.5 13.1 3.5 11c0-4 3.5-7 8.5-7z' }],
  building: [{ d: 'M3.5 10.5L12 4l8.5 6.5' }, { d: 'M5.5 9v11.5h13V9M10 20.5v-5.5h4v5.5' }],
  dot: [{ d: 'M12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6z', fill: true }],
  // the inspector's row buttons
  arrowLeft: [{ d: 'M19 12H5M10.5 6.5L5 12l5.5 5.5' }],
  // the inspector's headers
  edge: [{ d: 'M4 12h15M14 7l5 5-5 5' }],
  team: [{ d: 'M9 5a3.2 3.2 0 1 0 0 6.4A3.2 3.2 0 1 0 9 5z' }, { d: 'M3.5 19a5.5 5.5 0 0 1 11 0' }, { d: 'M17 6.6a2.4 2.4 0 1 0 0 4.8 2.4 2.4 0 1 0 0-4.8z' }, { d: 'M16 14.2a4.5 4.5 0 0 1 5 4.8' }],
  journey: [{ d: 'M5 5.5a2 2 0 1 0 0 .1M19 18.5a2 2 0 1 0 0 .1' }, { d: 'M7 5.5h7.5a3.5 3.5 0 0 1 0 7h-5a3.5 3.5 0 0 0 0 7H17' }],
  multiple: [{ d: 'M8 8h11.5v11.5H8z' }, { d: 'M16 8V4.5H4.5V16H8' }],
  unknown: [{ d: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18z' }, { d: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 16.8v.1' }],
} as const satisfies Record<string, readonly IconPath[]>;

/** The name of an icon in the registry. */
export type IconId = keyof typeof ICON_SHAPES;

/** Is this the name of an icon? */
export function isIconId(id: string): id is IconId {
  return Object.prototype.hasOwnProperty.call(ICON_SHAPES, id);
}

/** The paths of an icon; the `unknown` icon for a name not in the registry. */
export function iconShape(id: string): readonly IconPath[] {
  return isIconId(id) ? ICON_SHAPES[id] : ICON_SHAPES.unknown;
}

const CHANNEL_ICONS: Record<string, IconId> = { web: 'web', app: 'app', email: 'email', mail: 'email', sms: 'sms', phone: 'phone', chat: 'chat', branch: 'building', store: 'building' };

/** The icon of a channel (`dot` for one it does not know). */
export function channelIcon(channel: string): IconId {
  return Object.prototype.hasOwnProperty.call(CHANNEL_ICONS, channel) ? CHANNEL_ICONS[channel]! : 'dot';
}
