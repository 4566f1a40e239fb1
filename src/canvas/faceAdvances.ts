/**
 * How wide the cards' face (Inter, as --font-sans names it) sets each character, in ems: the
 * printable ASCII characters one by one, from the space to the tilde, measured at the titles'
 * medium weight (the body's regular weight is narrower) and rounded up to the next 0.005; every
 * other character by its kind, at the widest of that kind. textLines.ts adds them up to know
 * where the browser breaks a card's lines without asking the page.
 */
export const INTER_ADVANCES = {
  ascii: [
    0.265, 0.315, 0.51, 0.645, 0.65, 1, 0.66, 0.32, 0.375, 0.375, 0.53, 0.67, 0.31, 0.465, 0.31, 0.375, // space ! " # $ % & ' ( ) * + , - . /
    0.655, 0.42, 0.62, 0.635, 0.665, 0.61, 0.635, 0.575, 0.635, 0.635, 0.31, 0.325, 0.67, 0.67, 0.67, 0.535, // 0-9 : ; < = > ?
    0.99, 0.72, 0.66, 0.735, 0.725, 0.605, 0.59, 0.75, 0.75, 0.275, 0.58, 0.695, 0.57, 0.92, 0.76, 0.77, // @ A-O
    0.645, 0.775, 0.65, 0.65, 0.66, 0.74, 0.72, 1.01, 0.71, 0.705, 0.65, 0.375, 0.375, 0.375, 0.48, 0.47, // P-Z [ \ ] ^ _
    0.345, 0.575, 0.625, 0.58, 0.625, 0.59, 0.385, 0.625, 0.61, 0.26, 0.26, 0.565, 0.26, 0.895, 0.61, 0.61, // ` a-o
    0.625, 0.625, 0.395, 0.545, 0.35, 0.61, 0.58, 0.835, 0.565, 0.585, 0.565, 0.45, 0.355, 0.45, 0.67, // p-z { | } ~
  ] as readonly number[],
  /** Any other capital (À, Ж): as wide as the widest capitals but M and W. */
  upper: 0.8,
  /** Any other character of an alphabet (é, ж, ß) or sign: a wide lowercase letter. */
  other: 0.7,
  /** CJK and full-width characters: an em, and a little. */
  wide: 1.02,
  /** Characters beyond the basic plane, mostly emoji. */
  astral: 1.3,
} as const;
